import type { Role } from '@vinhdanh/contracts';
import { toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { appUser, person, personMembership, roleGrant, unit } from '../db/schema/index.ts';
import { hashPassword } from '../modules/auth/password.ts';

let counter = 0;
const next = () => ++counter;

/** Factories create their own parents; each returns the stored row. */
export function createTestFactories(database: Database, clock: { now: () => Date }) {
  const { db } = database;
  let passwordHash: string | null = null;
  const defaultPassword = 'MatKhau123';

  async function unitRow(
    opts: { name?: string; parentId?: number | null; kind?: string; level?: string; code?: string } = {},
  ) {
    let parentPath = '/';
    if (opts.parentId) {
      const [p] = await db.select().from(unit).where(eq(unit.id, opts.parentId));
      parentPath = p!.path;
    }
    const name = opts.name ?? `Đơn vị thử ${next()}`;
    const [u] = await db
      .insert(unit)
      .values({
        name,
        code: opts.code ?? null,
        kind: opts.kind ?? 'agency',
        level: opts.level ?? 'province',
        parentId: opts.parentId ?? null,
        path: 'pending',
        searchName: toSearchText(name),
      })
      .returning();
    const [row] = await db
      .update(unit)
      .set({ path: `${parentPath}${u!.id}/` })
      .where(eq(unit.id, u!.id))
      .returning();
    return row!;
  }

  async function personRow(
    opts: {
      fullName?: string;
      unitId?: number;
      idNumber?: string | null;
      birthDate?: string;
      sex?: 'male' | 'female';
    } = {},
  ) {
    const u = opts.unitId
      ? (await db.select().from(unit).where(eq(unit.id, opts.unitId)))[0]!
      : await unitRow();
    const fullName = opts.fullName ?? `Nguyễn Văn Thử ${next()}`;
    const [p] = await db
      .insert(person)
      .values({
        fullName,
        searchName: toSearchText(fullName),
        sortKey: vietnameseNameSortKey(fullName),
        birthDate: opts.birthDate ?? '1985-05-20',
        sex: opts.sex ?? 'male',
        idNumber: opts.idNumber ?? null,
        staffCategory: 'cong_chuc',
        unitId: u.id,
        unitPath: u.path,
      })
      .returning();
    await db.insert(personMembership).values({ personId: p!.id, unitId: u.id, fromDate: '2020-01-01' });
    return p!;
  }

  async function user(
    opts: {
      username?: string;
      displayName?: string;
      grants?: { role: Role; unitId: number }[];
      password?: string;
    } = {},
  ) {
    passwordHash ??= await hashPassword(defaultPassword);
    const username = opts.username ?? `user${next()}_${Math.random().toString(36).slice(2, 7)}`;
    const [u] = await db
      .insert(appUser)
      .values({
        username,
        displayName: opts.displayName ?? `Người dùng ${username}`,
        passwordHash: opts.password ? await hashPassword(opts.password) : passwordHash,
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    for (const g of opts.grants ?? [])
      await db.insert(roleGrant).values({ userId: u!.id, role: g.role, unitId: g.unitId });
    return u!;
  }

  return { unit: unitRow, person: personRow, user, defaultPassword };
}
