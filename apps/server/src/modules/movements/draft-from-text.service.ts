import { extractMovementDraft, toSearchText } from '@vinhdanh/domain';
import { and, asc, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { nationalMovement, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { requirePermission, scopeCondition } from '../../lib/policy.ts';
import { docxToText } from './docx-text.ts';
import { decodeText, looksLikeText } from './file-types.ts';

export const MAX_PLAN_CHARS = 200_000;
const bad = (message: string, details?: unknown) => new AppError('PLAN_TEXT_INVALID', details, message);

/** The text of an uploaded plan: .txt (UTF-8, or UTF-16 with BOM) or .docx; anything else is refused. */
export function planTextFromFile(fileName: string, bytes: Buffer): string {
  if (bytes.length === 0) throw bad('Tệp tải lên rỗng.', { field: 'file' });
  if (/\.txt$/i.test(fileName)) {
    const text = decodeText(bytes);
    if (text === null)
      throw bad('Tệp .txt phải là văn bản mã UTF-8 (hoặc UTF-16 có BOM), không phải dữ liệu nhị phân.', {
        field: 'file',
      });
    return text;
  }
  if (/\.docx$/i.test(fileName)) return docxToText(bytes);
  throw new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    { fileName },
    'Chỉ nhận văn bản dán vào, tệp .txt hoặc .docx.',
  );
}

function checkPlanText(text: string): void {
  if (text.trim().length === 0)
    throw bad('Chưa có nội dung kế hoạch hoặc thông báo để đọc.', { field: 'text' });
  if (text.length > MAX_PLAN_CHARS)
    throw bad(`Văn bản dài ${text.length.toLocaleString('vi-VN')} ký tự, vượt giới hạn 200.000 ký tự.`, {
      field: 'text',
      max: MAX_PLAN_CHARS,
    });
  if (!looksLikeText(text))
    throw bad('Nội dung không phải văn bản đọc được (có ký tự điều khiển hoặc dữ liệu nhị phân).', {
      field: 'text',
    });
}

/**
 * Turns a pasted plan or announcement into a draft movement for the officer to confirm: the pure
 * extractor's fields (each with its source sentence), plus the units of the actor's scope whose names
 * match the agencies charged with tasks and the national movements the text cites.
 */
export async function draftFromText(db: Db, ctx: Ctx, text: string) {
  requirePermission(ctx.actor, 'movement.write');
  checkPlanText(text);
  const draft = extractMovementDraft(text);
  const scope = scopeCondition(ctx.actor, 'unit.read', unit.path);
  const agencies = [...new Set(draft.assignedAgencies.map((a) => a.value.agency))];
  const matches = await Promise.all(
    agencies.map(async (agency) => {
      const folded = toSearchText(agency);
      const [hit] = await db
        .select({ id: unit.id, name: unit.name })
        .from(unit)
        .where(and(scope, like(unit.searchName, `%${folded}%`)))
        .orderBy(sql`${unit.searchName} = ${folded} desc`, sql`length(${unit.searchName})`, asc(unit.path))
        .limit(1);
      return { agency, unitId: hit?.id ?? null, unitName: hit?.name ?? null };
    }),
  );
  const catalog = await db.select().from(nationalMovement).orderBy(asc(nationalMovement.id));
  const folded = catalog.map((n) => ({ id: n.id, key: toSearchText(n.name) }));
  const nationalMovements = draft.referencedMovements.map((r) => {
    const key = toSearchText(r.value.name);
    const hit = folded.find((n) => n.key === key || n.key.includes(key) || key.includes(n.key));
    return { name: r.value.name, nationalMovementId: hit?.id ?? null };
  });
  return {
    draft: draft as unknown as Record<string, unknown>,
    suggestions: { agencies: matches, nationalMovements },
  };
}
