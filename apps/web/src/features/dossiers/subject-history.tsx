import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Alert, Badge, Card, Descriptions, Skeleton, Tabs, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { personDetailOne } from '../../api/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { AwardsTab } from '../people/awards-tab.tsx';
import { DisciplinesTab, InitiativesTab } from '../people/person-records.tsx';
import { YearsTab } from '../people/years-tab.tsx';
import { UnitHistory } from '../units/unit-history.tsx';
import type { Nominee } from './dossiers-api.ts';

const noop = () => undefined;

/** What the appraiser weighs: the person's yearly ratings, awards, initiatives and discipline (read only). */
function PersonHistory({ personId }: { personId: number }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const res = useAsync(
    (signal) => api.get(`/people/${personId}`, { schema: personDetailOne, signal }),
    [personId],
  );
  if (res.error) return <Alert type="error" showIcon title={errorText(res.error)} />;
  if (!res.data || res.data.data.id !== personId) return <Skeleton active paragraph={{ rows: 8 }} />;
  const p = res.data.data;
  const tabProps = { person: p, canWrite: false, onChanged: noop };
  const count = (n: number) =>
    n > 0 ? <Badge count={n} color="#8c8c8c" size="small" style={{ marginLeft: 6 }} /> : null;
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'birth', label: t('people.birthDate'), children: formatViDate(p.birthDate) || '—' },
          { key: 'position', label: t('people.position'), children: p.position ?? '—' },
          {
            key: 'unit',
            label: t('people.unit'),
            children: p.unitName,
          },
          {
            key: 'open',
            label: t('dossier.subject.record'),
            children: <Link to={`/people/${p.id}`}>{t('dossier.subject.openPerson')}</Link>,
          },
        ]}
      />
      <Tabs
        size="small"
        data-testid="subject-history"
        items={[
          {
            key: 'years',
            label: (
              <>
                {t('person.tab.years')}
                {count(p.years.length)}
              </>
            ),
            children: <YearsTab {...tabProps} />,
          },
          {
            key: 'awards',
            label: (
              <>
                {t('person.tab.awards')}
                {count(p.awards.length)}
              </>
            ),
            children: <AwardsTab {...tabProps} />,
          },
          {
            key: 'initiatives',
            label: (
              <>
                {t('person.tab.initiatives')}
                {count(p.initiatives.length)}
              </>
            ),
            children: <InitiativesTab {...tabProps} />,
          },
          {
            key: 'disciplines',
            label: (
              <>
                {t('person.tab.disciplines')}
                {count(p.disciplines.length)}
              </>
            ),
            children: <DisciplinesTab {...tabProps} />,
          },
        ]}
      />
    </>
  );
}

/** The nominee's history: a person's record, or the collective's ratings and awards. */
export function SubjectHistory({ nominee: n }: { nominee: Nominee }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('dossier.subject.history')} style={{ marginBottom: 16 }}>
      {n.personId ? (
        <PersonHistory personId={n.personId} />
      ) : n.unitId ? (
        <UnitHistory unitId={n.unitId} canWrite={false} />
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      )}
    </Card>
  );
}
