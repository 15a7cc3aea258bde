import { Alert, App, Button, Card, Flex, Popconfirm, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ErrorPage } from '../errors/error.page.tsx';
import { CriteriaEditor } from './criteria-editor.tsx';
import { pts, sheetResponse, sheetStatusKey } from './scoring-api.ts';
import { AssessmentsTab } from './sheet-assessments-tab.tsx';
import { ProposalsTab, RankingTab } from './sheet-results-tabs.tsx';

export function SheetPage() {
  const { id } = useParams();
  const sheetId = Number(id);
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const sheet = useAsync(
    (signal) => api.get(`/score-sheets/${sheetId}`, { schema: sheetResponse, signal }),
    [sheetId],
  );
  const [busy, setBusy] = useState(false);

  if (sheet.error instanceof ApiError && sheet.error.status === 404) return <ErrorPage status={404} />;
  if (!sheet.data)
    return sheet.error ? <Alert type="error" showIcon title={errorText(sheet.error)} /> : <FullPageSpin />;
  const s = sheet.data.data;
  const abilities = sheet.data.abilities;

  const step = async (action: 'publish' | 'close') => {
    setBusy(true);
    try {
      await api.post(`/score-sheets/${s.id}/${action}`, { schema: sheetResponse });
      message.success(t('common.saved'));
      sheet.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={s.name}
        sub={
          <Flex gap={8} align="center" wrap>
            <Tag color={s.status === 'open' ? 'blue' : s.status === 'closed' ? 'purple' : 'default'}>
              {t(sheetStatusKey(s.status))}
            </Tag>
            <span>{t('sc.sheetMeta', { year: s.year, version: s.version, max: pts(s.maxPoints) })}</span>
            {s.blocId ? <Link to={`/blocs/${s.blocId}`}>{t('sc.toBloc')}</Link> : null}
          </Flex>
        }
        extra={
          <>
            {abilities.publish ? (
              <Button
                type="primary"
                loading={busy}
                onClick={() => step('publish')}
                data-testid="sheet-publish"
              >
                {t('sc.publish')}
              </Button>
            ) : null}
            {abilities.close ? (
              <Popconfirm title={t('sc.closeConfirm')} onConfirm={() => step('close')}>
                <Button loading={busy} data-testid="sheet-close">
                  {t('sc.close')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      {s.lockedAt && abilities.edit ? (
        <Alert type="info" showIcon title={t('sc.lockedHint')} style={{ marginBottom: 16 }} />
      ) : null}
      <Card>
        <Tabs
          items={[
            {
              key: 'criteria',
              label: t('sc.tab.criteria', { n: s.criteria.length }),
              children: <CriteriaEditor sheet={s} canEdit={abilities.edit === true} onSaved={sheet.reload} />,
            },
            { key: 'assessments', label: t('sc.tab.assessments'), children: <AssessmentsTab sheet={s} /> },
            { key: 'ranking', label: t('sc.tab.ranking'), children: <RankingTab sheet={s} /> },
            { key: 'proposals', label: t('sc.tab.proposals'), children: <ProposalsTab sheet={s} /> },
          ]}
        />
      </Card>
    </>
  );
}
