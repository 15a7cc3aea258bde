import type { Database } from '../../db/client.ts';
import { ctxFor } from '../../seed/demo-actors.ts';
import { computeSuggestions } from '../eligibility/eligibility.service.ts';
import { addNominees, createDossier } from './dossier.service.ts';
import { transitionDossier } from './dossier-workflow.service.ts';

/**
 * Demo dossiers, made through the same services users call: Sở GD&ĐT's proposal of Chiến sĩ thi đua cấp
 * tỉnh for 2025 built from the system's suggestions and sent to the province (it waits in the
 * appraiser's inbox), and a draft of xã An Hòa for Lao động tiên tiến.
 */
export async function seedDemoDossiers(database: Database, now: Date): Promise<number> {
  const sgd = await ctxFor(database, 'canbo.sgd', now, 'seed-demo-dossiers');
  const anHoa = await ctxFor(database, 'canbo.anhoa', now, 'seed-demo-dossiers');
  if (!sgd || !anHoa) return 0;
  const sgdUnit = sgd.actor.grants[0]!;
  const suggestions = await computeSuggestions(database, sgd, {
    unitId: sgdUnit.unitId,
    year: 2025,
    target: 'CSTD_TINH',
    subjectKind: 'individual',
    outcome: 'proposable',
    page: 1,
    pageSize: 50,
  });
  const picked = suggestions.all.slice(0, 3);
  let made = 0;
  if (picked.length) {
    const d = await createDossier(database, sgd, {
      unitId: sgdUnit.unitId,
      kind: 'regular',
      targetLevel: 'province',
      year: 2025,
      title: 'Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025',
      letterNumber: '152/TTr-SGDĐT',
      letterDate: '2025-12-08',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Văn Bình',
      nominees: picked.map((s) => ({
        subjectKind: 'individual' as const,
        personId: s.subjectId,
        target: 'CSTD_TINH',
        achievement:
          'Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; có sáng kiến được công nhận cấp tỉnh.',
      })),
      origin: { kind: 'suggestions' },
    });
    await transitionDossier(database, sgd, d.data.id, { action: 'submit', version: d.data.version });
    made++;
  }
  const ldtt = await computeSuggestions(database, anHoa, {
    unitId: anHoa.actor.grants[0]!.unitId,
    year: 2025,
    target: 'LDTT',
    subjectKind: 'individual',
    outcome: 'eligible',
    page: 1,
    pageSize: 50,
  });
  const draft = await createDossier(database, anHoa, {
    unitId: anHoa.actor.grants[0]!.unitId,
    kind: 'regular',
    targetLevel: 'commune',
    year: 2025,
    title: 'Đề nghị công nhận danh hiệu Lao động tiên tiến năm 2025',
    nominees: [],
    origin: { kind: 'manual' },
  });
  if (ldtt.all.length)
    await addNominees(database, anHoa, draft.data.id, {
      version: draft.data.version,
      nominees: ldtt.all.slice(0, 4).map((s) => ({
        subjectKind: 'individual' as const,
        personId: s.subjectId,
        target: 'LDTT',
      })),
    });
  return made + 1;
}
