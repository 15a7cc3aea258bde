import { SafetyCertificateOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Form, Row, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { personOne, personPage } from '../../api/schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { defaultYear } from './eligibility-api.ts';
import { SubjectVerdicts, YearSelect } from './verdicts.tsx';

type Kind = 'person' | 'unit';

/** Server-side people search in a select: type part of a name (accents optional), pick one. */
export function PersonSearchSelect({
  id,
  value,
  onChange,
  knownName,
  testId,
}: {
  id?: string;
  value?: number | null;
  onChange: (id: number | null) => void;
  knownName?: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useAsync(
    async (signal) =>
      q.length >= 2 ? api.get('/people', { query: { q, pageSize: 20 }, schema: personPage, signal }) : null,
    [q],
  );
  const options = (found.data?.data ?? []).map((p) => ({
    value: p.id,
    label: p.fullName,
    unit: p.unitName,
  }));
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: knownName ?? `#${value}`, unit: '' });
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value ?? undefined}
      onChange={(v) => {
        setSearch('');
        onChange(v ?? null);
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
          {o.data.unit ? <span style={{ fontSize: 12, color: '#8c8c8c' }}>{o.data.unit}</span> : null}
        </Flex>
      )}
      style={{ width: '100%' }}
    />
  );
}

/** "Tra cứu điều kiện khen thưởng": one person or unit, one year, every title and form with its reasons. */
export function EligibilityPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const personId = Number(params.get('personId')) || null;
  const unitId = Number(params.get('unitId')) || null;
  const year = Number(params.get('year')) || defaultYear();
  const [kind, setKind] = useState<Kind>(unitId && !personId ? 'unit' : 'person');
  const [personName, setPersonName] = useState<string | null>(null);

  // A deep link names the person by id only: fetch the name for the select.
  useEffect(() => {
    if (!personId) return;
    let live = true;
    api.get(`/people/${personId}`, { schema: personOne }).then(
      (r) => live && setPersonName(r.data.fullName),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [personId]);

  const update = (changes: Record<string, number | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v == null) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  const subjectId = kind === 'person' ? personId : unitId;
  return (
    <>
      <PageHeader
        title={t('eligibility.title')}
        sub={t('eligibility.sub')}
        extra={
          <Link to={`/eligibility/suggestions?year=${year}${unitId ? `&unitId=${unitId}` : ''}`}>
            <UnorderedListOutlined /> {t('nav.suggestions')}
          </Link>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={16} align="bottom">
            <Col xs={24} md={6} lg={5}>
              <Form.Item
                label={t('eligibility.subjectKind')}
                htmlFor="eligibility-kind"
                style={{ marginBottom: 8 }}
              >
                <Segmented<Kind>
                  id="eligibility-kind"
                  data-testid="eligibility-kind"
                  value={kind}
                  onChange={(k) => {
                    setKind(k);
                    update(k === 'person' ? { unitId: null } : { personId: null });
                  }}
                  options={[
                    { value: 'person', label: t('eligibility.kind.person') },
                    { value: 'unit', label: t('eligibility.kind.unit') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={13}>
              {kind === 'person' ? (
                <Form.Item
                  label={t('eligibility.person')}
                  htmlFor="eligibility-person"
                  style={{ marginBottom: 8 }}
                >
                  <PersonSearchSelect
                    id="eligibility-person"
                    testId="eligibility-person"
                    value={personId}
                    knownName={personName}
                    onChange={(id) => update({ personId: id, unitId: null })}
                  />
                </Form.Item>
              ) : (
                <Form.Item
                  label={t('eligibility.unit')}
                  htmlFor="eligibility-unit"
                  style={{ marginBottom: 8 }}
                >
                  <UnitTreeSelect
                    id="eligibility-unit"
                    data-testid="eligibility-unit"
                    value={unitId}
                    onChange={(v) => update({ unitId: typeof v === 'number' ? v : null, personId: null })}
                  />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('eligibility.year')} htmlFor="eligibility-year" style={{ marginBottom: 8 }}>
                <YearSelect
                  id="eligibility-year"
                  testId="eligibility-year"
                  value={year}
                  onChange={(y) => update({ year: y })}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {subjectId ? (
        <SubjectVerdicts kind={kind} id={subjectId} year={year} showSubject />
      ) : (
        <Card>
          <Empty
            image={<SafetyCertificateOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />}
            description={kind === 'person' ? t('eligibility.pickPerson') : t('eligibility.pickUnit')}
          />
        </Card>
      )}
    </>
  );
}

/** The "Điều kiện khen thưởng" tab/section of a person or unit: its own year picker and a deep link. */
export function EligibilitySection({ kind, id }: { kind: Kind; id: number }) {
  const { t } = useI18n();
  const [year, setYear] = useState(defaultYear());
  const selectId = `${kind}-eligibility-year`;
  return (
    <div data-testid={`${kind}-eligibility`}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8}>
          <label htmlFor={selectId}>{t('eligibility.year')}</label>
          <YearSelect id={selectId} testId={selectId} value={year} onChange={setYear} />
        </Flex>
        <Link
          to={`/eligibility?${kind === 'person' ? 'personId' : 'unitId'}=${id}&year=${year}`}
          data-testid={`${kind}-eligibility-open`}
        >
          {t('eligibility.openLookup')}
        </Link>
      </Flex>
      <SubjectVerdicts kind={kind} id={id} year={year} narrow={kind === 'unit'} />
    </div>
  );
}
