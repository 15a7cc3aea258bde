import type { registrationGridQuery } from '@vinhdanh/contracts';
import { and, asc, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { person, registration, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { deadlineOf } from './registration-deadline.ts';
import { assertRegistrationReadable, registrationRoles } from './registration.policy.ts';
import { presentRegistration } from './registration.presenter.ts';

/**
 * The registration grid of a unit for a year: the unit and its direct sub-units as collectives, and the
 * people of its whole subtree (paged, in Vietnamese name order), each with their registration if any.
 */
export async function getRegistrationGrid(db: Db, ctx: Ctx, query: z.infer<typeof registrationGridQuery>) {
  const [u] = await db.select().from(unit).where(eq(unit.id, query.unitId));
  if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: query.unitId });
  assertRegistrationReadable(ctx.actor, u.path);
  const d = await deadlineOf(db, ctx, query.movementId);
  const collectiveJoin = and(
    eq(registration.unitId, unit.id),
    eq(registration.year, query.year),
    isNull(registration.personId),
  );
  const collectives = await db
    .select({ u: unit, r: registration })
    .from(unit)
    .leftJoin(registration, collectiveJoin)
    .where(or(eq(unit.id, u.id), and(eq(unit.parentId, u.id), isNull(unit.successorId))))
    .orderBy(asc(unit.path));
  const people = await db
    .select({ p: person, unitName: unit.name, r: registration, total: sql<number>`count(*) over ()` })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .leftJoin(registration, and(eq(registration.personId, person.id), eq(registration.year, query.year)))
    .where(like(person.unitPath, `${u.path}%`))
    .orderBy(asc(person.sortKey), asc(person.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const roles = registrationRoles(ctx.actor, u.path);
  const isReviewer = roles.includes('reviewer');
  return {
    year: query.year,
    movementId: d.movementId,
    deadline: d.deadline,
    closed: d.pastDeadline,
    collectives: collectives.map(({ u: c, r }) => ({
      unitId: c.id,
      unitName: c.name,
      unitCode: c.code,
      registration: presentRegistration(r),
    })),
    people: {
      data: people.map(({ p, unitName, r }) => ({
        unitId: p.unitId,
        unitName,
        personId: p.id,
        fullName: p.fullName,
        birthDate: p.birthDate,
        registration: presentRegistration(r),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(people[0]?.total ?? 0),
    },
    abilities: {
      edit: isReviewer || (roles.includes('officer') && !d.pastDeadline),
      submit: roles.length > 0,
      review: isReviewer,
    },
  };
}
