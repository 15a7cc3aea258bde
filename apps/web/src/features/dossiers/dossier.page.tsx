import { ArrowLeftOutlined, DeleteOutlined, UserOutlined } from '@ant-design/icons';
import { dossierActions } from '@vinhdanh/contracts';
import { Alert, App, Button, Col, Flex, Popconfirm, Row } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ErrorPage } from '../errors/error.page.tsx';
import { DocumentsCard } from './documents.card.tsx';
import { DossierInfoCard } from './dossier-info.card.tsx';
import { DossierStatusTag, DueTag } from './dossier-tags.tsx';
import { BACKWARD, type DossierAction } from './dossiers-api.ts';
import { HistoryCard } from './history.card.tsx';
import { NomineesCard } from './nominees.card.tsx';
import { TransitionDialog } from './transition-dialog.tsx';
import { useDossier, useDossierMutations } from './use-dossier.ts';

/** One dossier: its state and deadline, the workflow buttons, the letter, nominees, documents and history. */
export function DossierPage() {
  const { id } = useParams();
  const dossierId = Number(id);
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const state = useDossier(dossierId);
  const mutations = useDossierMutations(state);
  const [action, setAction] = useState<DossierAction | null>(null);

  if (state.error instanceof ApiError && state.error.status === 404) return <ErrorPage status={404} />;
  if (!state.detail && state.loading) return <FullPageSpin />;
  if (!state.detail) return <Alert type="error" showIcon title={errorText(state.error)} />;
  const { data: d, abilities, actions } = state.detail;
  const lastReturn = [...d.events].reverse().find((e) => e.action === 'return');

  const remove = async () => {
    try {
      await api.delete(`/dossiers/${d.id}`);
      message.success(t('common.deleted'));
      navigate('/dossiers');
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <>
      <Link to="/dossiers" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('dossier.backToList')}
      </Link>
      <PageHeader
        title={d.title}
        sub={
          <Flex gap={8} align="center" wrap data-testid="dossier-header" style={{ marginTop: 4 }}>
            <DossierStatusTag status={d.status} testId="dossier-status" />
            <DueTag dueState={d.dueState} dueDate={d.dueDate} workingDaysLeft={d.workingDaysLeft} />
            <span>
              {d.unitName} → {d.addresseeName}
            </span>
            <span>
              · <UserOutlined aria-hidden />{' '}
              <span data-testid="dossier-assignee">
                {d.assignee ? d.assignee.name : t('dossier.unassigned')}
              </span>
            </span>
          </Flex>
        }
        extra={
          <>
            {actions.map((a) => (
              <Button
                key={a}
                type={BACKWARD.has(a) ? 'default' : 'primary'}
                danger={a === 'return'}
                onClick={() => setAction(a)}
                data-testid={`dossier-action-${a}`}
              >
                {enumLabel(dossierActions, a)}
              </Button>
            ))}
            {abilities.canDelete ? (
              <Popconfirm
                title={t('dossier.deleteConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={remove}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="dossier-delete">
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      {d.status === 'returned' && lastReturn?.note ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="dossier-return-reason"
          title={t('dossier.returnedBy', { name: lastReturn.actorName })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{lastReturn.note}</span>}
        />
      ) : null}
      {d.status === 'appraised' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="dossier-frozen"
          title={t('dossier.frozen')}
        />
      ) : null}
      <DossierInfoCard dossier={d} canEdit={abilities.canEdit === true} mutations={mutations} />
      <NomineesCard dossier={d} abilities={abilities} mutations={mutations} />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <DocumentsCard dossier={d} abilities={abilities} onChanged={state.reload} />
        </Col>
        <Col xs={24} xl={10}>
          <HistoryCard dossier={d} />
        </Col>
      </Row>
      <TransitionDialog dossier={d} action={action} onClose={() => setAction(null)} mutations={mutations} />
    </>
  );
}
