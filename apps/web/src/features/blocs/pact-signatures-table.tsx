import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import { Table, Tag } from 'antd';
import type { z } from 'zod';
import { useI18n } from '../../i18n/index.ts';
import type { pactOne } from '../scoring/scoring-api.ts';
import { SignButton, UnsignButton } from './pact-editor.tsx';

/** The pact's member units with their signature (date, signer) and, for signers, sign or unsign buttons. */
export function PactSignaturesTable({
  blocId,
  year,
  pact: p,
  canSign,
  onSaved,
}: {
  blocId: number;
  year: number;
  pact: z.infer<typeof pactOne>['data'];
  canSign: boolean | undefined;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  return (
    <Table
      data-testid="pact-signatures"
      size="small"
      rowKey="unitId"
      pagination={false}
      dataSource={[
        ...p.signatures.map((s) => ({ ...s, signed: true })),
        ...p.unsigned.map((u) => ({ ...u, signed: false, signedDate: '', signerName: null })),
      ]}
      columns={[
        { key: 'unit', dataIndex: 'unitName', title: t('mv.unit') },
        {
          key: 'signed',
          title: t('bloc.signature'),
          width: 220,
          render: (_, s) =>
            s.signed ? (
              <Tag color="green">{t('bloc.signedOn', { date: formatViDate(s.signedDate) })}</Tag>
            ) : (
              <Tag color="red">{t('bloc.unsigned')}</Tag>
            ),
        },
        { key: 'signer', dataIndex: 'signerName', title: t('bloc.signer'), width: 180 },
        ...(canSign
          ? [
              {
                key: 'actions',
                width: 110,
                title: t('common.actions'),
                render: (_: unknown, s: { unitId: number; unitName: string; signed: boolean }) =>
                  s.signed ? (
                    <UnsignButton blocId={blocId} year={year} unitId={s.unitId} onSaved={onSaved} />
                  ) : (
                    <SignButton blocId={blocId} year={year} unit={s} onSaved={onSaved} />
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
