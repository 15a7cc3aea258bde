import { dossierKinds, dossierTargetLevels } from '@vinhdanh/contracts';
import { Alert, App, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../app/session.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import {
  createDossier,
  type DossierCreateBody,
  dossierYears,
  type NomineeInput,
  type TargetLevel,
} from './dossiers-api.ts';
import { MovementSelect } from './movement-select.tsx';

type Kind = DossierCreateBody['kind'];

interface CreateValues {
  unitId: number;
  kind: Kind;
  targetLevel: TargetLevel;
  year: number;
  title: string;
  movementId?: number | null;
}

export interface DossierPreset {
  unitId?: number | null;
  year?: number;
  kind?: Kind;
  targetLevel?: TargetLevel;
  title?: string;
  movementId?: number | null;
}

/** Who goes into the new dossier (one-step creation from suggestions or a ranking), as the user saw them. */
export interface PresetNominees {
  body: NomineeInput[];
  shown: Array<{ key: string; name: string; targetName: string }>;
  origin: NonNullable<DossierCreateBody['origin']>;
}

/**
 * "Tạo hồ sơ đề nghị": the header of a new dossier (proposing unit, kind, level, year, title, movement),
 * optionally with nominees already chosen elsewhere. Opens the new dossier when created.
 */
export function DossierCreateModal({
  open,
  onClose,
  preset,
  nominees,
}: {
  open: boolean;
  onClose: () => void;
  preset?: DossierPreset;
  nominees?: PresetNominees;
}) {
  const { t, enumLabel } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const maxLength = useMaxLength();
  const [form] = Form.useForm<CreateValues>();
  const year = Form.useWatch('year', form);
  const year0 = preset?.year ?? new Date().getFullYear();
  const writable = me?.grants.filter((g) => ['unit_officer', 'admin'].includes(g.role)) ?? [];

  const initialValues: Partial<CreateValues> = {
    unitId: preset?.unitId ?? writable[0]?.unitId ?? me?.grants[0]?.unitId,
    kind: preset?.kind ?? 'regular',
    targetLevel: preset?.targetLevel ?? 'province',
    year: year0,
    title: preset?.title ?? t('dossier.create.defaultTitle', { year: year0 }),
    movementId: preset?.movementId ?? null,
  };
  // The form outlives the dialog: each opening starts from this opening's preset.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only an opening resets the form.
  useEffect(() => {
    if (open) form.setFieldsValue(initialValues);
  }, [open]);

  return (
    <ModalForm<CreateValues>
      open={open}
      form={form}
      name="dossier-create"
      title={t('dossier.create.title')}
      okText={t('dossier.create.ok')}
      width={720}
      initialValues={initialValues}
      onCancel={onClose}
      intro={
        nominees ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="dossier-create-nominees"
            title={t('dossier.create.withNominees', { n: nominees.body.length })}
            description={
              <Typography.Paragraph
                ellipsis={{ rows: 3, expandable: true, symbol: t('dossier.more') }}
                style={{ margin: 0 }}
              >
                {nominees.shown.map((n) => `${n.name} (${n.targetName})`).join('; ')}
              </Typography.Paragraph>
            }
          />
        ) : null
      }
      onSubmit={async (v) => {
        const created = await createDossier({
          unitId: v.unitId,
          kind: v.kind,
          targetLevel: v.targetLevel,
          year: v.year,
          title: v.title.trim(),
          movementId: v.movementId ?? null,
          nominees: nominees?.body ?? [],
          origin: nominees?.origin ?? { kind: 'manual' },
        });
        message.success(t('dossier.create.done'));
        onClose();
        navigate(`/dossiers/${created.data.id}`);
      }}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            name="unitId"
            label={t('dossier.unit')}
            rules={[{ required: true, message: t('validation.chooseOne') }]}
          >
            <UnitTreeSelect
              data-testid="dossier-create-unit"
              allowClear={false}
              knownUnits={me?.grants.map((g) => ({ id: g.unitId, name: g.unitName }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="year"
            label={t('dossier.year')}
            rules={[{ required: true, message: t('validation.chooseOne') }]}
          >
            <Select<number>
              data-testid="dossier-create-year"
              options={dossierYears().map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="kind"
            label={t('dossier.kind')}
            rules={[{ required: true, message: t('validation.chooseOne') }]}
          >
            <Select<Kind>
              data-testid="dossier-create-kind"
              options={dossierKinds.values.map((k) => ({ value: k, label: enumLabel(dossierKinds, k) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="targetLevel"
            label={t('dossier.targetLevel')}
            tooltip={t('dossier.targetLevelHint')}
            rules={[{ required: true, message: t('validation.chooseOne') }]}
          >
            <Select<TargetLevel>
              data-testid="dossier-create-level"
              options={dossierTargetLevels.values.map((l) => ({
                value: l,
                label: enumLabel(dossierTargetLevels, l),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="title"
        label={t('dossier.title')}
        rules={[{ required: true, whitespace: true, message: t('dossier.titleRequired') }, maxLength(500)]}
      >
        <Input.TextArea rows={2} data-testid="dossier-create-title" />
      </Form.Item>
      <Form.Item name="movementId" label={t('dossier.movement')}>
        <MovementSelect year={year} />
      </Form.Item>
    </ModalForm>
  );
}
