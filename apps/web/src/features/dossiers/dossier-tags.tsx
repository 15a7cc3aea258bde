import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { dossierStatuses, dueStates, nomineeAppraisals } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/index.ts';
import {
  APPRAISAL_COLORS,
  type DossierStatus,
  type DueState,
  type NomineeAppraisal,
  STATUS_COLORS,
} from './dossiers-api.ts';

export function DossierStatusTag({ status, testId }: { status: DossierStatus; testId?: string }) {
  const { enumLabel } = useI18n();
  return (
    <Tag
      color={STATUS_COLORS[status]}
      data-testid={testId}
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {enumLabel(dossierStatuses, status)}
    </Tag>
  );
}

/**
 * Overdue in red, due soon in orange, with the working days left (or past) and the due date on hover.
 * Nothing for dossiers without a running deadline.
 */
export function DueTag({
  dueState,
  dueDate,
  workingDaysLeft,
  testId = 'dossier-due',
}: {
  dueState: DueState;
  dueDate: string | null;
  workingDaysLeft: number | null;
  testId?: string;
}) {
  const { t, enumLabel } = useI18n();
  if (dueState === 'none' || dueState === 'done') return null;
  const color = dueState === 'overdue' ? 'red' : dueState === 'due_soon' ? 'orange' : 'default';
  const days =
    workingDaysLeft == null
      ? ''
      : dueState === 'overdue'
        ? ` · ${t('dossier.due.late', { n: Math.abs(workingDaysLeft) })}`
        : ` · ${t('dossier.due.left', { n: workingDaysLeft })}`;
  return (
    <Tooltip title={dueDate ? t('dossier.due.date', { date: formatViDate(dueDate) }) : undefined}>
      <Tag
        color={color}
        icon={dueState === 'overdue' ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />}
        data-testid={testId}
        data-due={dueState}
        tabIndex={0}
        style={{ marginInlineEnd: 0 }}
      >
        {enumLabel(dueStates, dueState)}
        {days}
      </Tag>
    </Tooltip>
  );
}

export function AppraisalTag({ outcome }: { outcome: NomineeAppraisal | null }) {
  const { t, enumLabel } = useI18n();
  if (!outcome)
    return (
      <Typography.Text type="secondary" data-testid="appraisal-outcome" data-outcome="">
        {t('dossier.appraisal.none')}
      </Typography.Text>
    );
  return (
    <Tag
      color={APPRAISAL_COLORS[outcome]}
      data-testid="appraisal-outcome"
      data-outcome={outcome}
      style={{ marginInlineEnd: 0 }}
    >
      {enumLabel(nomineeAppraisals, outcome)}
    </Tag>
  );
}
