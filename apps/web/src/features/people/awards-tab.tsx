import { type PersonDetail, issuerLevels } from '@vinhdanh/contracts';
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import {
  AwardCode,
  AwardFields,
  type AwardValues,
  awardBodyOf,
  awardInitialValues,
} from '../../components/award-fields.tsx';
import { useI18n } from '../../i18n/index.ts';
import { AWARD_CODES, awardCodeLabel } from './award-codes.ts';
import type { TabProps } from './record-fields.tsx';
import { RecordTab } from './record-tab.tsx';

type Award = PersonDetail['awards'][number];

export function AwardsTab({ person, canWrite, onChanged }: TabProps) {
  const { t, enumLabel } = useI18n();
  const codeText = (code: string) => {
    const key = awardCodeLabel(code);
    return key ? t(key) : code;
  };
  const rows = [...person.awards].sort((a, b) => b.year - a.year);
  return (
    <RecordTab<Award, AwardValues>
      personId={person.id}
      kind="awards"
      rows={rows}
      canWrite={canWrite}
      addLabel={t('person.award.add')}
      emptyText={t('person.award.empty')}
      onChanged={onChanged}
      initialValues={awardInitialValues()}
      columns={[
        {
          key: 'code',
          title: t('person.award.code'),
          render: (_, r) => <AwardCode name={codeText(r.code)} code={r.code} kind={r.kind} />,
        },
        { key: 'year', title: t('person.award.year'), dataIndex: 'year', width: 80 },
        { key: 'decisionNo', title: t('common.decisionNo'), dataIndex: 'decisionNo' },
        {
          key: 'decisionDate',
          title: t('person.award.decisionDate'),
          width: 130,
          render: (_, r) => formatViDate(r.decisionDate),
        },
        { key: 'issuer', title: t('person.award.issuer'), dataIndex: 'issuer' },
        {
          key: 'issuerLevel',
          title: t('person.award.issuerLevel'),
          render: (_, r) => enumLabel(issuerLevels, r.issuerLevel),
        },
      ]}
      toBody={awardBodyOf}
      fields={
        <AwardFields
          autoFocus
          codeSpan={14}
          codeOptions={AWARD_CODES.map((a) => ({ value: a.code, label: `${a.code} — ${t(a.label)}` }))}
        />
      }
    />
  );
}
