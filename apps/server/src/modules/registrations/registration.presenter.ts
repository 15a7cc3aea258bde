import type { registration } from '../../db/schema/index.ts';

type Row = typeof registration.$inferSelect;

export function presentRegistration(r: Row | null) {
  if (!r) return null;
  return {
    id: r.id,
    targets: r.targets ?? null,
    status: r.status as 'draft' | 'submitted' | 'accepted' | 'returned',
    movementId: r.movementId,
    note: r.note,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    version: r.version,
  };
}
