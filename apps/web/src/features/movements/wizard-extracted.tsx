import { Card, Checkbox, Empty, Table, Tag, Typography } from 'antd';
import { UnitTreeSelect } from '../../components/unit-tree-select.tsx';
import { type MessageKey, useI18n } from '../../i18n/index.ts';
import type { DraftResponse, MovementDraft } from './movements-api.ts';
import type { PlanWizard } from './use-plan-wizard.ts';
import { describeDue, ITEM_STYLE, LIST_STYLE } from './wizard-model.ts';
import { ExtractedList, SourceButton } from './wizard-source.tsx';

/** Step 2, left column: the assigned agencies, milestones, goals and referenced movements, each kept or not. */
export function DraftExtractedCards({
  w,
  draft,
  result,
}: {
  w: PlanWizard;
  draft: MovementDraft;
  result: DraftResponse;
}) {
  const { t } = useI18n();
  const {
    setFocus,
    agencyUnits,
    setAgencyUnits,
    keepAgency,
    setKeepAgency,
    keepMilestone,
    setKeepMilestone,
    keepGoal,
    setKeepGoal,
  } = w;
  return (
    <>
      <Card
        title={t('wiz.agencies', { n: draft.assignedAgencies.length })}
        size="small"
        style={{ marginBottom: 16 }}
      >
        {draft.assignedAgencies.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wiz.notFound')} />
        ) : (
          <Table
            data-testid="draft-agencies"
            size="small"
            rowKey={(r) => String(r.i)}
            pagination={false}
            dataSource={draft.assignedAgencies.map((a, i) => ({ ...a, i }))}
            onRow={(r) => ({ onClick: () => setFocus(`agency:${r.i}`) })}
            columns={[
              {
                key: 'keep',
                width: 40,
                render: (_, r) => (
                  <Checkbox
                    checked={keepAgency[r.i]}
                    aria-label={t('wiz.keep')}
                    onChange={(e) =>
                      setKeepAgency((k) => k.map((x, j) => (j === r.i ? e.target.checked : x)))
                    }
                  />
                ),
              },
              {
                key: 'agency',
                title: t('mv.task.agency'),
                render: (_, r) => (
                  <SourceButton onFocus={() => setFocus(`agency:${r.i}`)}>
                    <strong>{r.value.agency}</strong>
                    <div style={{ fontSize: 12, color: '#595959' }}>{r.value.task}</div>
                    {r.value.dueDate ? <Tag>{describeDue(r.value.dueDate)}</Tag> : null}
                  </SourceButton>
                ),
              },
              {
                key: 'unit',
                title: t('wiz.suggestedUnit'),
                width: 240,
                render: (_, r) => (
                  <UnitTreeSelect
                    value={agencyUnits[r.i] ?? null}
                    aria-label={t('wiz.suggestedUnit')}
                    knownUnits={
                      result.suggestions.agencies[r.i]?.unitId
                        ? [
                            {
                              id: result.suggestions.agencies[r.i]!.unitId!,
                              name: result.suggestions.agencies[r.i]!.unitName ?? '',
                            },
                          ]
                        : undefined
                    }
                    onChange={(v) =>
                      setAgencyUnits((u) =>
                        u.map((x, j) => (j === r.i ? (typeof v === 'number' ? v : null) : x)),
                      )
                    }
                  />
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card
        title={t('wiz.milestones', { n: draft.milestones.length })}
        size="small"
        style={{ marginBottom: 16 }}
      >
        <ExtractedList
          items={draft.milestones}
          keep={keepMilestone}
          setKeep={setKeepMilestone}
          onFocus={(i) => setFocus(`milestone:${i}`)}
          render={(x) => (
            <>
              <Tag>{t(`mv.milestone.${x.kind}` as MessageKey)}</Tag>
              {x.label}
              {x.date ? <Typography.Text type="secondary"> — {describeDue(x.date)}</Typography.Text> : null}
            </>
          )}
          testId="draft-milestones"
        />
      </Card>
      <Card title={t('wiz.goals', { n: draft.goals.length })} size="small" style={{ marginBottom: 16 }}>
        <ExtractedList
          items={draft.goals}
          keep={keepGoal}
          setKeep={setKeepGoal}
          onFocus={(i) => setFocus(`goal:${i}`)}
          render={(x) => x}
          testId="draft-goals"
        />
      </Card>
      <Card title={t('wiz.references', { n: draft.referencedMovements.length })} size="small">
        {draft.referencedMovements.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wiz.notFound')} />
        ) : (
          <ul data-testid="draft-references" style={LIST_STYLE}>
            {draft.referencedMovements.map((r, i) => {
              const match = result.suggestions.nationalMovements.find(
                (s) => s.name.toLocaleLowerCase('vi') === r.value.name.toLocaleLowerCase('vi'),
              );
              return (
                <li key={`${r.source.start}-${r.value.name}`} style={ITEM_STYLE}>
                  <SourceButton onFocus={() => setFocus(`reference:${i}`)}>
                    {r.value.name}
                    {r.value.launchedBy ? (
                      <Typography.Text type="secondary"> — {r.value.launchedBy}</Typography.Text>
                    ) : null}{' '}
                    {match?.nationalMovementId ? <Tag color="blue">{t('wiz.inCatalog')}</Tag> : null}
                  </SourceButton>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
