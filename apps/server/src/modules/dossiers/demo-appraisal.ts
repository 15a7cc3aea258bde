import type { Database } from '../../db/client.ts';
import type { Ctx } from '../../lib/context.ts';
import { at } from '../../seed/demo-actors.ts';
import type { createDossier } from './dossier.service.ts';
import { appraiseNominee, transitionDossier } from './dossier-workflow.service.ts';

type DossierDetail = Awaited<ReturnType<typeof createDossier>>;

/**
 * A dossier taken from submission to the end of its appraisal, every nominee found eligible: the
 * officer submits, the appraiser receives it, takes it, appraises and closes the list. `times` are the
 * moments of the story: submitted, received, appraised.
 */
export async function appraiseWholeDossier(
  database: Database,
  officer: Ctx,
  appraiser: Ctx,
  created: DossierDetail,
  times: [Date, Date, Date],
): Promise<DossierDetail> {
  const id = created.data.id;
  let d = await transitionDossier(database, at(officer, times[0]), id, {
    action: 'submit',
    version: created.data.version,
  });
  const received = at(appraiser, times[1]);
  d = await transitionDossier(database, received, id, { action: 'receive', version: d.data.version });
  d = await transitionDossier(database, received, id, {
    action: 'assign',
    version: d.data.version,
    assigneeUserId: appraiser.actor.userId,
  });
  d = await transitionDossier(database, received, id, { action: 'start_appraisal', version: d.data.version });
  const appraised = at(appraiser, times[2]);
  for (const n of d.data.nominees)
    d = await appraiseNominee(database, appraised, id, n.id, { version: n.version, outcome: 'eligible' });
  return transitionDossier(database, appraised, id, {
    action: 'complete_appraisal',
    version: d.data.version,
  });
}
