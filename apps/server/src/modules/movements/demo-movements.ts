import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { draftToMovementFields, type MovementDraft } from '@vinhdanh/domain';
import type { Database } from '../../db/client.ts';
import type { Ctx } from '../../lib/context.ts';
import { at, ctxFor } from '../../seed/demo-actors.ts';
import { draftFromText } from './draft-from-text.service.ts';
import { createMovement } from './movement.service.ts';
import { transitionMovement } from './movement-transition.service.ts';

/**
 * The five sample plans and announcements (shared/samples/plans, kept as the extractor's fixtures) loaded
 * the way an officer does it: the text pasted into "Tạo từ văn bản", the draft confirmed unchanged (an
 * agency matched to a unit of the province is linked; a span that starts "from the launch" starts on the
 * plan's date), then launched when the text gives a date to start from. Their fields therefore come from the texts, with the sentences they came
 * from kept as the movement's provenance.
 */
/** `name`: what the officer types where the text states no movement name (the extractor leaves it empty). */
const SAMPLES: { file: string; status: 'draft' | 'launched' | 'in_progress'; name?: string }[] = [
  { file: 'haugiang-2021-phong-trao-thi-dua-yeu-nuoc.txt', status: 'in_progress' },
  { file: 'haugiang-2020-lam-theo-guong-bac.txt', status: 'launched' },
  { file: 'caobang-2020-dot-thi-dua-dac-biet.txt', status: 'launched' },
  {
    file: 'hagiang-2020-khoi-giao-uoc-thi-dua.txt',
    status: 'launched',
    name: 'Thi đua năm 2020 của Khối giao ước thi đua các ban xây dựng Đảng Tỉnh ủy',
  },
  {
    file: 'thanhpho-2019-hoi-nghi-dien-hinh-tien-tien.txt',
    status: 'draft',
    name: 'Hội nghị điển hình tiên tiến cấp xã, phường tiến tới Hội nghị điển hình tiên tiến thành phố lần thứ V (2020 - 2025)',
  },
];

function samplesDir(): string {
  const require = createRequire(import.meta.url);
  // The package's entry is src/index.ts (its exports do not include package.json).
  return path.join(path.dirname(require.resolve('@vinhdanh/domain')), 'plan-extract/fixtures');
}

async function confirmDraft(database: Database, ctx: Ctx, unitId: number, text: string, name?: string) {
  const { draft, suggestions } = await draftFromText(database.db, ctx, text);
  const d = draft as unknown as MovementDraft;
  const f = draftToMovementFields(d);
  const linked = suggestions.nationalMovements.filter((n) => n.nationalMovementId !== null);
  // A span "from the launch": the plan's date, or the date of the page that announced it.
  const fromDate = f.fromDate ?? f.planDate ?? d.publishedDate?.value ?? null;
  const { text: normalised, ...extraction } = d;
  return createMovement(database.db, ctx, {
    unitId,
    name: f.name ?? name ?? 'Phong trào thi đua',
    kind: f.kind ?? 'regular',
    planNumber: f.planNumber,
    planDate: f.planDate,
    issuer: f.issuer,
    theme: f.theme,
    slogan: f.slogan,
    fromDate,
    fromPrecision: f.fromDate ? f.fromPrecision : fromDate ? 'day' : null,
    toDate: f.toDate,
    toPrecision: f.toPrecision,
    nationalMovementId: linked.length === 1 ? (linked[0]?.nationalMovementId ?? null) : null,
    goals: f.goals,
    participants: f.participants,
    milestones: f.milestones,
    tasks: f.tasks.map((t) => ({
      ...t,
      agencyUnitId: suggestions.agencies.find((a) => a.agency === t.agency)?.unitId ?? null,
    })),
    sourceText: normalised,
    extraction: { ...extraction, suggestions },
  });
}

/** Returns how many movements it made; none when the admin account or the province root is missing. */
export async function seedDemoMovements(database: Database, now: Date): Promise<number> {
  const admin = await ctxFor(database, 'admin', now, 'seed-demo-movements');
  const root = admin?.actor.grants.find((g) => g.role === 'admin');
  if (!admin || !root) return 0;
  const dir = samplesDir();
  let made = 0;
  for (const [i, sample] of SAMPLES.entries()) {
    // Pasted a few minutes apart, in the list's order.
    const ctx = at(admin, new Date(now.getTime() - (SAMPLES.length - i) * 300_000));
    const text = readFileSync(path.join(dir, sample.file), 'utf8');
    const created = await confirmDraft(database, ctx, root.unitId, text, sample.name);
    made++;
    // Without any date in the text the officer must give one first: it stays a draft.
    if (sample.status === 'draft' || !created.data.fromDate) continue;
    await transitionMovement(database.db, ctx, created.data.id, { to: 'launched' });
    if (sample.status === 'in_progress')
      await transitionMovement(database.db, ctx, created.data.id, { to: 'in_progress' });
  }
  return made;
}
