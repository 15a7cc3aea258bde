import { FileAddOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCatalog } from '../eligibility/eligibility-api.ts';
import { DossierCreateModal, type DossierPreset, type PresetNominees } from './dossier-create.modal.tsx';
import { type DossierCreateBody, targetLevelOf } from './dossiers-api.ts';

/** A row chosen elsewhere (a suggestion, a ranking proposal) that becomes a nominee. */
export interface NomineeRow {
  subjectKind: 'individual' | 'collective';
  subjectId: number;
  name: string;
  target: string;
  targetName: string;
}

/**
 * One-step creation: "Tạo hồ sơ đề nghị từ các dòng đã chọn". Asks only the dossier's header (prefilled:
 * the unit, the year, the level the chosen titles are conferred at) and opens the new dossier.
 */
export function CreateDossierFromRows({
  rows,
  preset,
  origin,
  label,
  testId = 'create-dossier-from-rows',
}: {
  rows: NomineeRow[];
  preset: Omit<DossierPreset, 'targetLevel'>;
  origin: NonNullable<DossierCreateBody['origin']>;
  label?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const { can } = useSession();
  const { byCode } = useCatalog();
  const [open, setOpen] = useState(false);
  if (!can('dossier.write')) return null;

  const nominees: PresetNominees = {
    origin,
    body: rows.map((r) => ({
      subjectKind: r.subjectKind,
      ...(r.subjectKind === 'individual' ? { personId: r.subjectId } : { unitId: r.subjectId }),
      target: r.target,
    })),
    shown: rows.map((r) => ({
      key: `${r.subjectKind}-${r.subjectId}-${r.target}`,
      name: r.name,
      targetName: r.targetName,
    })),
  };
  const targetLevel = targetLevelOf(rows.map((r) => byCode.get(r.target)?.level));

  return (
    <>
      <Tooltip title={rows.length === 0 ? t('dossier.fromRows.pickFirst') : undefined}>
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          disabled={rows.length === 0}
          onClick={() => setOpen(true)}
          data-testid={testId}
        >
          {label ?? t('dossier.fromRows', { n: rows.length })}
        </Button>
      </Tooltip>
      <DossierCreateModal
        open={open}
        onClose={() => setOpen(false)}
        preset={{ ...preset, targetLevel }}
        nominees={nominees}
      />
    </>
  );
}
