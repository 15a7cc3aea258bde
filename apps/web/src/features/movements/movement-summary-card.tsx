import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/index.ts';
import { formatPrecise, type MovementDetail } from './movements-api.ts';

/** The movement's plan details, national and parent movement, and goals. */
export function MovementSummaryCard({ movement: m }: { movement: MovementDetail }) {
  const { t } = useI18n();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="movement-header"
        items={[
          { key: 'planNumber', label: t('mv.planNumber'), children: m.planNumber ?? '—' },
          { key: 'planDate', label: t('mv.planDate'), children: formatViDate(m.planDate) || '—' },
          { key: 'issuer', label: t('mv.issuer'), children: m.issuer ?? '—' },
          {
            key: 'period',
            label: t('mv.period'),
            children:
              m.fromDate || m.toDate
                ? `${formatPrecise(m.fromDate, m.fromPrecision) || '…'} – ${formatPrecise(m.toDate, m.toPrecision) || '…'}`
                : '—',
          },
          {
            key: 'deadline',
            label: t('mv.registrationDeadline'),
            children: formatViDate(m.registrationDeadline) || '—',
          },
          { key: 'signer', label: t('mv.signer'), children: m.signer ?? '—' },
          { key: 'theme', label: t('mv.theme'), span: 'filled', children: m.theme ?? '—' },
          { key: 'slogan', label: t('mv.slogan'), span: 'filled', children: m.slogan ?? '—' },
          ...(m.national
            ? [
                {
                  key: 'national',
                  label: t('mv.national'),
                  span: 'filled' as const,
                  children: (
                    <span data-testid="movement-national">
                      {m.national.name}
                      {m.national.launchedBy ? ` — ${m.national.launchedBy}` : ''}
                      {m.national.documentRef ? ` (${m.national.documentRef})` : ''}
                    </span>
                  ),
                },
              ]
            : []),
          ...(m.parent
            ? [
                {
                  key: 'parent',
                  label: t('mv.parent'),
                  span: 'filled' as const,
                  children: (
                    <Link to={`/movements/${m.parent.id}`}>
                      {m.parent.name} — {m.parent.unitName}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {m.goals.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('mv.goals')}
          </Typography.Title>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {m.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
