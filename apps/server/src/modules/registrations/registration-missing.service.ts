import type { registrationMissingQuery } from '@vinhdanh/contracts';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { movement, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { scopeCondition } from '../../lib/policy.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { deadlineOf } from './registration-deadline.ts';
import { REGISTRATION_READ } from './registration.policy.ts';

type Row = {
  id: number;
  name: string;
  code: string | null;
  status: string | null;
  submitted_at: string | Date | null;
  people: number;
  people_registered: number;
};

/**
 * Units in the actor's scope that have not registered as a collective by the deadline: no row, a draft
 * or returned one, or one sent after the movement's deadline. With a movement, the units it addresses
 * (its participants, else every unit below the launching one).
 */
export async function missingRegistrations(
  db: Db,
  ctx: Ctx,
  query: z.infer<typeof registrationMissingQuery>,
) {
  const d = await deadlineOf(db, ctx, query.movementId);
  const filters: SQL[] = [
    scopeCondition(ctx.actor, REGISTRATION_READ, sql`u.path`),
    sql`u.successor_id is null`,
  ];
  if (query.movementId) {
    const [m] = await db.select().from(movement).where(eq(movement.id, query.movementId));
    const ids = m!.participants.unitIds ?? [];
    filters.push(
      ids.length
        ? sql`u.id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::int)`
        : sql`u.path like ${`${m!.unitPath}%`} and u.id <> ${m!.unitId}`,
    );
  }
  if (query.unitId) {
    const [u] = await db.select({ path: unit.path }).from(unit).where(eq(unit.id, query.unitId));
    if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: query.unitId });
    filters.push(sql`u.path like ${`${u.path}%`}`);
  }
  const { rows } = await db.execute<Row>(sql`
    select u.id, u.name, u.code, r.status, r.submitted_at,
      (select count(*)::int from person p where p.unit_id = u.id) as people,
      (select count(*)::int from person p join registration pr on pr.person_id = p.id
         where p.unit_id = u.id and pr.year = ${query.year} and pr.status in ('submitted', 'accepted')) as people_registered
    from unit u
    left join registration r on r.unit_id = u.id and r.person_id is null and r.year = ${query.year}
    where ${sql.join(filters, sql` and `)}
    order by u.path`);
  const data = rows.flatMap((r) => {
    const sent = r.status === 'submitted' || r.status === 'accepted';
    const late = sent && !!d.deadline && !!r.submitted_at && vnDate(new Date(r.submitted_at)) > d.deadline;
    if (sent && !late) return [];
    const state = (late ? 'late' : (r.status ?? 'none')) as 'none' | 'draft' | 'returned' | 'late';
    return [
      {
        unitId: Number(r.id),
        unitName: r.name,
        unitCode: r.code,
        state,
        people: Number(r.people),
        peopleRegistered: Number(r.people_registered),
      },
    ];
  });
  return { year: query.year, deadline: d.deadline, data, total: data.length };
}
