import { Tag, Tooltip } from 'antd';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import type { Outcome } from './eligibility-api.ts';

const CONFIDENCE: Record<string, { color: string; tip: MessageKey }> = {
  'V-P': { color: 'green', tip: 'confidence.V-P' },
  'V-Q': { color: 'green', tip: 'confidence.V-Q' },
  S: { color: 'blue', tip: 'confidence.S' },
  M: { color: 'orange', tip: 'confidence.M' },
  D: { color: 'purple', tip: 'confidence.D' },
};

/** The confidence tag of a legal basis (legal-rules.md), explained on hover and on keyboard focus. */
export function ConfidenceBadge({ value }: { value: string }) {
  const { t } = useI18n();
  const known = CONFIDENCE[value];
  const tip = known ? t(known.tip) : t('confidence.unknown');
  return (
    <Tooltip title={tip}>
      <Tag
        color={known?.color ?? 'default'}
        tabIndex={0}
        aria-label={`${t('confidence.label')} ${value}: ${tip}`}
        data-testid="confidence-badge"
        style={{ cursor: 'help', marginInlineEnd: 0, fontFamily: 'monospace' }}
      >
        {value}
      </Tag>
    </Tooltip>
  );
}

const OUTCOME_COLORS: Record<Outcome, string> = {
  eligible: 'success',
  not_eligible: 'error',
  needs_council_vote: 'warning',
  deferred: 'default',
};

export function outcomeKey(outcome: string): MessageKey {
  return (
    (
      {
        eligible: 'eligibility.outcome.eligible',
        not_eligible: 'eligibility.outcome.not_eligible',
        needs_council_vote: 'eligibility.outcome.needs_council_vote',
        deferred: 'eligibility.outcome.deferred',
        proposable: 'eligibility.outcome.proposable',
      } as Record<string, MessageKey>
    )[outcome] ?? 'eligibility.outcome.not_eligible'
  );
}

/** Đủ điều kiện / Không đủ điều kiện / Cần Hội đồng bỏ phiếu (≥ N %) / Tạm hoãn, coloured. */
export function OutcomeTag({ outcome, threshold }: { outcome: string; threshold?: number | null }) {
  const { t } = useI18n();
  const text =
    outcome === 'needs_council_vote' && threshold != null
      ? t('eligibility.outcome.councilThreshold', { n: threshold })
      : t(outcomeKey(outcome));
  return (
    <Tag
      color={OUTCOME_COLORS[outcome as Outcome] ?? 'default'}
      data-testid="verdict-outcome"
      data-outcome={outcome}
      style={{ marginInlineEnd: 0, fontWeight: 500 }}
    >
      {text}
    </Tag>
  );
}

const REGIMES: Record<string, MessageKey> = {
  ND98_2023: 'regime.ND98_2023',
  ND152_2025: 'regime.ND152_2025',
};

export function regimeLabel(t: (k: MessageKey) => string, regime: string): string {
  const key = REGIMES[regime];
  return key ? t(key) : regime;
}

/** Which decree governs the verdict (NĐ 98/2023 until 2025, NĐ 152/2025 after). */
export function RegimeTag({ regime }: { regime: string }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('regime.hint')}>
      <Tag color="geekblue" tabIndex={0} data-testid="verdict-regime" style={{ marginInlineEnd: 0 }}>
        {t('regime.inForce', { name: regimeLabel(t, regime) })}
      </Tag>
    </Tooltip>
  );
}
