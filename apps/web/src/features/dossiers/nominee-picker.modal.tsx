import { DeleteOutlined, PlusOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { Person } from '@vinhdanh/contracts';
import {
  Alert,
  Button,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Segmented,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { personPage, unitOne } from '../../api/schemas.ts';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { OutcomeTag } from '../eligibility/badges.tsx';
import { subjectEligibilitySchema, useCatalog } from '../eligibility/eligibility-api.ts';
import { type Dossier, dossierDetailSchema, type NomineeInput } from './dossiers-api.ts';
import type { DossierMutations } from './use-dossier.ts';

type SubjectKind = 'individual' | 'collective';
interface Pending extends NomineeInput {
  key: string;
  name: string;
  unitName: string;
  targetName: string;
}

/** People search (server side, accents optional) that hands back the whole person, not only the id. */
function PersonPicker({ value, onChange }: { value: Person | null; onChange: (p: Person | null) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useAsync(
    async (signal) =>
      q.length >= 2 ? api.get('/people', { query: { q, pageSize: 20 }, schema: personPage, signal }) : null,
    [q],
  );
  const people = found.data?.data ?? [];
  const options = people.map((p) => ({ value: p.id, label: p.fullName, unit: p.unitName }));
  if (value && !options.some((o) => o.value === value.id))
    options.unshift({ value: value.id, label: value.fullName, unit: value.unitName });
  return (
    <Select<number>
      id="picker-person"
      data-testid="picker-person"
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value?.id}
      onChange={(id) => {
        setSearch('');
        onChange(people.find((p) => p.id === id) ?? (value?.id === id ? value : null));
      }}
      allowClear
      placeholder={t('eligibility.personPlaceholder')}
      loading={found.loading && q.length >= 2}
      notFoundContent={
        q.length < 2
          ? t('eligibility.typeToSearch')
          : found.loading
            ? t('common.loading')
            : t('common.noResults')
      }
      options={options}
      optionRender={(o) => (
        <Flex vertical>
          <span>{o.data.label}</span>
          <span style={{ fontSize: 12, color: '#8c8c8c' }}>{o.data.unit}</span>
        </Flex>
      )}
      style={{ width: '100%' }}
    />
  );
}

/** The rules engine's outcome for the chosen subject and title, before it is added (the server decides again). */
function VerdictPreview({ row, year }: { row: Pending; year: number }) {
  const kind = row.subjectKind === 'individual' ? 'people' : 'units';
  const id = row.personId ?? row.unitId;
  const res = useAsync(
    (signal) =>
      api.get(`/${kind}/${id}/eligibility`, { query: { year }, schema: subjectEligibilitySchema, signal }),
    [kind, id, year],
  );
  if (res.loading) return <Spin size="small" />;
  const v = res.data?.verdicts.find((x) => x.target === row.target);
  return v ? <OutcomeTag outcome={v.outcome} /> : <Typography.Text type="secondary">—</Typography.Text>;
}

/** Adds people and collectives from the registries (never retyped), each with the title or form proposed. */
export function NomineePickerModal({
  dossier: d,
  open,
  onClose,
  mutations,
}: {
  dossier: Dossier;
  open: boolean;
  onClose: () => void;
  mutations: DossierMutations;
}) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const { entries, byCode } = useCatalog();
  const [kind, setKind] = useState<SubjectKind>('individual');
  const [person, setPerson] = useState<Person | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [target, setTarget] = useState<string | undefined>();
  const [achievement, setAchievement] = useState('');
  const [pending, setPending] = useState<Pending[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unit = useAsync(
    async (signal) => (unitId ? (await api.get(`/units/${unitId}`, { schema: unitOne, signal })).data : null),
    [unitId],
  );
  const unitName = unit.data?.id === unitId ? (unit.data?.name ?? '') : '';
  const targets = (entries ?? []).filter((e) => e.subjectKinds.includes(kind));
  const subjectChosen = kind === 'individual' ? Boolean(person) : Boolean(unitId);
  const existing = new Set(
    d.nominees
      .filter((n) => !n.removedAt)
      .map((n) => `${n.subjectKind}-${n.personId ?? n.unitId}-${n.target}`),
  );

  const reset = () => {
    setPerson(null);
    setUnitId(null);
    setAchievement('');
  };

  const addPending = () => {
    if (!target || !subjectChosen) return;
    const subjectId = kind === 'individual' ? person!.id : unitId!;
    const key = `${kind}-${subjectId}-${target}`;
    if (existing.has(key) || pending.some((p) => p.key === key)) {
      setError(t('dossier.picker.duplicate'));
      return;
    }
    setError(null);
    const entry = byCode.get(target);
    setPending((list) => [
      ...list,
      {
        key,
        subjectKind: kind,
        ...(kind === 'individual' ? { personId: subjectId } : { unitId: subjectId }),
        target,
        achievement: achievement.trim() || null,
        name: kind === 'individual' ? person!.fullName : unitName || `#${subjectId}`,
        unitName: kind === 'individual' ? person!.unitName : '',
        targetName: entry ? pick(entry.name) : target,
      },
    ]);
    reset();
  };

  const submit = async () => {
    if (pending.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.post(`/dossiers/${d.id}/nominees`, {
        body: {
          version: d.version,
          nominees: pending.map(({ key: _k, name: _n, unitName: _u, targetName: _t, ...n }) => n),
        },
        schema: dossierDetailSchema,
      });
      mutations.apply(res);
      setPending([]);
      onClose();
    } catch (err) {
      if (mutations.conflict(err)) onClose();
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('dossier.picker.title')}
      width={920}
      okText={t('dossier.picker.ok', { n: pending.length })}
      okButtonProps={{ disabled: pending.length === 0, 'data-testid': 'picker-ok' }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Form layout="vertical" component="div">
        <Segmented<SubjectKind>
          aria-label={t('eligibility.subjectKind')}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setTarget(undefined);
            reset();
          }}
          options={[
            { value: 'individual', label: t('eligibility.kind.person'), icon: <UserOutlined /> },
            { value: 'collective', label: t('eligibility.kind.unit'), icon: <TeamOutlined /> },
          ]}
          style={{ marginBottom: 12 }}
          data-testid="picker-kind"
        />
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              label={kind === 'individual' ? t('eligibility.person') : t('eligibility.unit')}
              htmlFor={kind === 'individual' ? 'picker-person' : 'picker-unit'}
              style={{ marginBottom: 12 }}
            >
              {kind === 'individual' ? (
                <PersonPicker value={person} onChange={setPerson} />
              ) : (
                <UnitTreeSelect
                  id="picker-unit"
                  data-testid="picker-unit"
                  value={unitId}
                  onChange={(v) => setUnitId(typeof v === 'number' ? v : null)}
                />
              )}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('dossier.target')} htmlFor="picker-target" style={{ marginBottom: 12 }}>
              <Select<string>
                id="picker-target"
                data-testid="picker-target"
                showSearch={{ optionFilterProp: 'label' }}
                value={target}
                onChange={setTarget}
                placeholder={t('common.choose')}
                loading={entries === undefined}
                options={targets.map((e) => ({ value: e.code, label: pick(e.name) }))}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('dossier.achievement')} htmlFor="picker-achievement" style={{ marginBottom: 12 }}>
          <Input.TextArea
            id="picker-achievement"
            rows={2}
            maxLength={8000}
            value={achievement}
            onChange={(e) => setAchievement(e.target.value)}
            placeholder={t('dossier.achievementPlaceholder')}
          />
        </Form.Item>
        <Button
          icon={<PlusOutlined />}
          onClick={addPending}
          disabled={!target || !subjectChosen}
          data-testid="picker-add"
          style={{ marginBottom: 16 }}
        >
          {t('dossier.picker.add')}
        </Button>
      </Form>
      <Table<Pending>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={pending}
        data-testid="picker-pending"
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.picker.empty')} />,
        }}
        columns={[
          {
            key: 'name',
            title: t('dossier.nominee'),
            render: (_, p) => (
              <>
                {p.subjectKind === 'individual' ? <UserOutlined /> : <TeamOutlined />} {p.name}
                {p.unitName ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {p.unitName}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'target',
            title: t('dossier.target'),
            render: (_, p) => (
              <>
                {p.targetName}
                {byCode.get(p.target)?.level ? <Tag style={{ marginInlineStart: 6 }}>{p.target}</Tag> : null}
              </>
            ),
          },
          {
            key: 'verdict',
            title: t('dossier.verdict'),
            width: 200,
            render: (_, p) => <VerdictPreview row={p} year={d.year} />,
          },
          {
            key: 'remove',
            width: 48,
            render: (_, p) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => setPending((list) => list.filter((x) => x.key !== p.key))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
