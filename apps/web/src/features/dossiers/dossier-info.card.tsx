import { EditOutlined } from '@ant-design/icons';
import { dossierKinds, dossierTargetLevels } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Button, Card, Col, Descriptions, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useMaxLength } from '../../components/form-helpers.ts';
import { ModalForm } from '../../components/modal-form.tsx';
import { useI18n } from '../../i18n/index.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { movementOne } from '../movements/movements-api.ts';
import { type Dossier, dossierDetailSchema, formatViMinute } from './dossiers-api.ts';
import { MovementSelect } from './movement-select.tsx';
import type { DossierMutations } from './use-dossier.ts';

type Kind = Dossier['kind'];
interface LetterValues {
  title: string;
  kind: Kind;
  movementId: number | null;
  letterNumber?: string;
  letterDate?: ReturnType<typeof isoToDayjs> | null;
  signerTitle?: string;
  signerName?: string;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

function MovementLink({ id }: { id: number }) {
  const { t } = useI18n();
  const m = useAsync((signal) => api.get(`/movements/${id}`, { schema: movementOne, signal }), [id]);
  return <Link to={`/movements/${id}`}>{m.data?.data.name ?? t('dossier.openMovement')}</Link>;
}

/** The dossier's header facts and its covering letter (Tờ trình: number, date, signer), editable in a dialog. */
export function DossierInfoCard({
  dossier: d,
  canEdit,
  mutations,
}: {
  dossier: Dossier;
  canEdit: boolean;
  mutations: DossierMutations;
}) {
  const { t, enumLabel } = useI18n();
  const maxLength = useMaxLength();
  const [editing, setEditing] = useState(false);
  const missing = <Typography.Text type="secondary">—</Typography.Text>;
  const signer = [d.signerTitle, d.signerName].filter(Boolean).join(' ');

  return (
    <Card
      title={t('dossier.info')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        canEdit ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="dossier-edit-letter"
          >
            {t('dossier.editLetter')}
          </Button>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="dossier-info"
        items={[
          { key: 'unit', label: t('dossier.unit'), children: d.unitName },
          { key: 'addressee', label: t('dossier.addressee'), children: d.addresseeName },
          {
            key: 'kind',
            label: t('dossier.kind'),
            children: `${enumLabel(dossierKinds, d.kind)} · ${enumLabel(dossierTargetLevels, d.targetLevel)}`,
          },
          { key: 'year', label: t('dossier.year'), children: d.year },
          {
            key: 'movement',
            label: t('dossier.movement'),
            children: d.movementId ? <MovementLink id={d.movementId} /> : missing,
          },
          {
            key: 'letter',
            label: t('dossier.letterNumber'),
            children: d.letterNumber ? (
              <span data-testid="dossier-letter-number">
                {d.letterNumber}
                {d.letterDate ? ` — ${formatViDate(d.letterDate)}` : ''}
              </span>
            ) : (
              missing
            ),
          },
          { key: 'signer', label: t('dossier.signer'), children: signer || missing },
          {
            key: 'submitted',
            label: t('dossier.submittedAt'),
            children: formatViMinute(d.submittedAt) || missing,
          },
          {
            key: 'received',
            label: t('dossier.receivedAt'),
            children: formatViMinute(d.receivedAt) || missing,
          },
          {
            key: 'dueDate',
            label: t('dossier.dueDate'),
            children: d.dueDate ? formatViDate(d.dueDate) : missing,
          },
          {
            key: 'appraised',
            label: t('dossier.appraisedAt'),
            children: formatViMinute(d.appraisedAt) || missing,
          },
        ]}
      />
      <ModalForm<LetterValues>
        open={editing}
        name="dossier-letter"
        title={t('dossier.editLetter')}
        width={680}
        initialValues={{
          title: d.title,
          kind: d.kind,
          movementId: d.movementId,
          letterNumber: d.letterNumber ?? '',
          letterDate: isoToDayjs(d.letterDate) ?? null,
          signerTitle: d.signerTitle ?? '',
          signerName: d.signerName ?? '',
        }}
        onCancel={() => setEditing(false)}
        onSubmit={async (v) => {
          try {
            const res = await api.patch(`/dossiers/${d.id}`, {
              body: {
                version: d.version,
                title: v.title.trim(),
                kind: v.kind,
                movementId: v.movementId ?? null,
                letterNumber: blank(v.letterNumber),
                letterDate: dayjsToIso(v.letterDate ?? null),
                signerTitle: blank(v.signerTitle),
                signerName: blank(v.signerName),
              },
              schema: dossierDetailSchema,
            });
            mutations.apply(res);
            setEditing(false);
          } catch (err) {
            if (mutations.conflict(err)) setEditing(false);
            else throw err;
          }
        }}
      >
        <Form.Item
          name="title"
          label={t('dossier.title')}
          rules={[{ required: true, whitespace: true, message: t('dossier.titleRequired') }, maxLength(500)]}
        >
          <Input.TextArea rows={2} data-testid="letter-title" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('dossier.kind')}>
              <Select<Kind>
                options={dossierKinds.values.map((k) => ({ value: k, label: enumLabel(dossierKinds, k) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="movementId" label={t('dossier.movement')}>
              <MovementSelect year={d.year} knownName={d.movementId ? t('dossier.currentMovement') : null} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="letterNumber" label={t('dossier.letterNumber')} rules={[maxLength(50)]}>
              <Input data-testid="letter-number" placeholder={t('dossier.letterNumberPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="letterDate" label={t('dossier.letterDate')}>
              <DateInput data-testid="letter-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signerTitle" label={t('dossier.signerTitle')} rules={[maxLength(100)]}>
              <Input data-testid="letter-signer-title" placeholder={t('dossier.signerTitlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signerName" label={t('dossier.signerName')} rules={[maxLength(100)]}>
              <Input data-testid="letter-signer-name" />
            </Form.Item>
          </Col>
        </Row>
      </ModalForm>
    </Card>
  );
}
