import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { blocSchema, withAbilities } from '@vinhdanh/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useAsync } from '../../lib/use-async.ts';
import { useErrorText } from '../../lib/use-error-text.ts';
import { ErrorPage } from '../errors/error.page.tsx';
import { ATTACHMENT_EXT, MAX_ATTACHMENT_BYTES, yearChoices } from '../movements/movements-api.ts';
import { blocMembersSchema, loadSheets, pactOne } from '../scoring/scoring-api.ts';
import { BlocDocumentsCard, documents } from './bloc-documents-card.tsx';
import { CreateSheetButton, MembersEditor, PactEditor, roleKey } from './bloc-editors.tsx';
import { PactSignaturesTable } from './pact-signatures-table.tsx';

const blocOne = withAbilities(blocSchema);
const ROLE_COLORS = { leader: 'gold', deputy: 'blue', member: 'default' } as const;

export function BlocPage() {
  const { id } = useParams();
  const blocId = Number(id);
  const { t } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const errorText = useErrorText();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const bloc = useAsync((signal) => api.get(`/blocs/${blocId}`, { schema: blocOne, signal }), [blocId]);
  const members = useAsync(
    (signal) => api.get(`/blocs/${blocId}/members/${year}`, { schema: blocMembersSchema, signal }),
    [blocId, year],
  );
  const pact = useAsync(
    (signal) =>
      api.get(`/blocs/${blocId}/pacts/${year}`, { schema: pactOne, signal }).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }),
    [blocId, year],
  );
  const docs = useAsync(
    (signal) => api.get(`/blocs/${blocId}/documents`, { schema: documents, signal }),
    [blocId],
  );
  const sheets = useAsync((signal) => loadSheets({ blocId, year }, signal), [blocId, year]);
  const [uploading, setUploading] = useState(false);

  if (bloc.error instanceof ApiError && bloc.error.status === 404) return <ErrorPage status={404} />;
  if (!bloc.data)
    return bloc.error ? <Alert type="error" showIcon title={errorText(bloc.error)} /> : <FullPageSpin />;
  const b = bloc.data.data;

  const upload = async (file: File) => {
    if (!ATTACHMENT_EXT.test(file.name)) return void message.error(t('mv.attachment.badType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(t('mv.attachment.tooBig'));
    const fd = new FormData();
    fd.append('file', file, file.name);
    setUploading(true);
    try {
      await api.post(`/blocs/${blocId}/documents`, { formData: fd });
      message.success(t('mv.attachment.uploaded', { name: file.name }));
      docs.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setUploading(false);
    }
  };

  const uploadSigned = async (file: File) => {
    if (!ATTACHMENT_EXT.test(file.name)) return void message.error(t('mv.attachment.badType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(t('mv.attachment.tooBig'));
    const fd = new FormData();
    fd.append('file', file, file.name);
    setUploading(true);
    try {
      await api.post(`/blocs/${blocId}/pacts/${year}/file`, { formData: fd, schema: pactOne });
      message.success(t('mv.attachment.uploaded', { name: file.name }));
      pact.reload();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setUploading(false);
    }
  };

  const p = pact.data?.data;
  const pa = pact.data?.abilities;
  // Without a pact there are no pact abilities yet: the organiser or a bloc writer may try (the server decides).
  const runYear = bloc.data.abilities.runYear === true || can('bloc.write');
  const reloadYear = () => {
    members.reload();
    pact.reload();
  };
  return (
    <>
      <PageHeader
        title={b.name}
        sub={`${t(b.kind === 'bloc' ? 'bloc.kind.bloc' : 'bloc.kind.cluster')} · ${b.organiserName}`}
        extra={
          <Select<number>
            aria-label={t('mv.year')}
            data-testid="bloc-year"
            value={year}
            onChange={setYear}
            options={yearChoices().map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card title={t('bloc.membersOfYear', { year })} style={{ marginBottom: 16 }}>
            {bloc.data.abilities.manageMembers ? (
              <MembersEditor blocId={blocId} year={year} members={members.data} onSaved={reloadYear} />
            ) : null}
            {members.error ? <Alert type="error" showIcon title={errorText(members.error)} /> : null}
            <Table
              data-testid="bloc-members"
              rowKey="unitId"
              size="small"
              loading={members.loading}
              pagination={false}
              dataSource={[...(members.data?.members ?? [])].sort(
                (a, c) =>
                  ['leader', 'deputy', 'member'].indexOf(a.role) -
                  ['leader', 'deputy', 'member'].indexOf(c.role),
              )}
              locale={{ emptyText: <Empty description={t('bloc.noMembers')} /> }}
              columns={[
                { key: 'unit', dataIndex: 'unitName', title: t('mv.unit') },
                {
                  key: 'role',
                  title: t('bloc.role'),
                  width: 140,
                  render: (_, m) =>
                    m.role === 'member' ? null : <Tag color={ROLE_COLORS[m.role]}>{t(roleKey(m.role))}</Tag>,
                },
              ]}
            />
          </Card>
          <Card
            title={t('bloc.sheets')}
            style={{ marginBottom: 16 }}
            extra={runYear ? <CreateSheetButton blocId={blocId} blocName={b.name} year={year} /> : null}
          >
            {sheets.error ? (
              <Alert type="warning" showIcon title={errorText(sheets.error)} />
            ) : (sheets.data ?? []).length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bloc.noSheet')} />
            ) : (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {(sheets.data ?? []).map((s) => (
                  <li key={s.id}>
                    <Link to={`/scoring/sheets/${s.id}`}>{s.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={p?.title ?? t('bloc.pact')}
            style={{ marginBottom: 16 }}
            data-testid="bloc-pact"
            extra={
              (pa ? pa.update : runYear) && !pact.loading ? (
                <PactEditor blocId={blocId} year={year} pact={p} onSaved={pact.reload} />
              ) : null
            }
          >
            {pact.error ? <Alert type="error" showIcon title={errorText(pact.error)} /> : null}
            {!pact.loading && !p ? <Empty description={t('bloc.noPact', { year })} /> : null}
            {p ? (
              <>
                <ol style={{ paddingLeft: 20 }}>
                  {p.items.map((it) => (
                    <li key={it.no}>{it.text}</li>
                  ))}
                </ol>
                <Flex gap={8} align="center" style={{ marginBottom: 12 }} wrap>
                  <Typography.Text strong>{t('bloc.signedFile')}:</Typography.Text>
                  {p.signedFile ? (
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      onClick={() =>
                        api
                          .download(`/blocs/${blocId}/pacts/${year}/file`, undefined, p.signedFile!.fileName)
                          .catch((err) => message.error(errorText(err)))
                      }
                    >
                      {p.signedFile.fileName}
                    </Button>
                  ) : (
                    <Typography.Text type="secondary">{t('bloc.noSignedFile')}</Typography.Text>
                  )}
                  {pa?.uploadSigned ? (
                    <Upload
                      accept=".pdf,.jpg,.jpeg,.png"
                      showUploadList={false}
                      beforeUpload={(file) => {
                        uploadSigned(file);
                        return Upload.LIST_IGNORE;
                      }}
                    >
                      <Button
                        size="small"
                        icon={<UploadOutlined />}
                        loading={uploading}
                        data-testid="pact-file-upload"
                      >
                        {t(p.signedFile ? 'bloc.replaceSignedFile' : 'bloc.uploadSignedFile')}
                      </Button>
                    </Upload>
                  ) : null}
                </Flex>
                <PactSignaturesTable
                  blocId={blocId}
                  year={year}
                  pact={p}
                  canSign={pa?.sign}
                  onSaved={pact.reload}
                />
              </>
            ) : null}
          </Card>
          <BlocDocumentsCard
            blocId={blocId}
            docs={docs.data}
            loading={docs.loading}
            uploading={uploading}
            onUpload={upload}
            onChanged={docs.reload}
          />
        </Col>
      </Row>
    </>
  );
}
