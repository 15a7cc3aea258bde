import { toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '@vinhdanh/contracts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { Database, Tx } from '../db/client.ts';
import {
  appUser,
  award,
  discipline,
  initiative,
  leave,
  person,
  personMembership,
  personYear,
  registration,
  roleGrant,
  unit,
  unitYear,
} from '../db/schema/index.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { seedDemoBlocs } from '../modules/blocs/demo-blocs.ts';
import { seedDemoAwards } from '../modules/decisions/demo-awards.ts';
import { seedDemoDossiers } from '../modules/dossiers/demo-dossiers.ts';
import { seedDemoMovements } from '../modules/movements/demo-movements.ts';
import { seedNationalMovements } from '../modules/movements/national-movements.ts';
import { DEMO_PASSWORD } from './demo-actors.ts';
import { DEMO_YEARS, decisionFor, type HistoryOut, randomHistory } from './demo-history.ts';
import { showcase } from './showcase.ts';
import { randomEthnicity, randomName } from './names.ts';
import { createRandom } from './random.ts';
import { seedUnits } from './units.ts';

export { DEMO_PASSWORD };
export const demoUsers: { username: string; displayName: string; role: Role; unit: string }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'UBND' },
  { username: 'thamdinh', displayName: 'Phạm Thu Hà (Sở Nội vụ)', role: 'appraiser', unit: 'UBND' },
  { username: 'canbo.sgd', displayName: 'Đỗ Minh Tuấn (Sở GD&ĐT)', role: 'unit_officer', unit: 'SGD' },
  { username: 'canbo.anhoa', displayName: 'Vũ Thị Lan (Xã An Hòa)', role: 'unit_officer', unit: 'X-AH' },
  { username: 'hoidong', displayName: 'Hoàng Văn Nam (Hội đồng TĐKT)', role: 'council_member', unit: 'UBND' },
  {
    username: 'thuky',
    displayName: 'Ngô Thị Bích Hạnh (Thư ký Hội đồng TĐKT)',
    role: 'council_secretary',
    unit: 'UBND',
  },
  { username: 'lanhdao', displayName: 'Lê Quang Vinh (Chủ tịch UBND tỉnh)', role: 'signer', unit: 'UBND' },
];

export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const { rows } = await database.query<{ n: number }>('select count(*)::int as n from app_user');
  return Number(rows[0]?.n ?? 0) === 0;
}

async function insertChunks<T>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

/** Fills an empty database with the fictional province of Hồng Lam: ~40 units, ~1,500 people, 5 years. */
export async function seedDemo(
  database: Database,
  now = new Date(),
): Promise<{ units: number; people: number }> {
  const rnd = createRandom(20260101);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = await database.db.transaction(async (tx) => {
    const ids = new Map<string, { id: number; path: string; short: string; issuer: string }>();
    for (const u of seedUnits) {
      const parent = u.parent ? ids.get(u.parent)! : null;
      const [row] = await tx
        .insert(unit)
        .values({
          code: u.code,
          name: u.name,
          shortName: u.shortName ?? null,
          kind: u.kind,
          level: u.level,
          parentId: parent?.id ?? null,
          path: 'pending',
          searchName: toSearchText(`${u.name} ${u.shortName ?? ''}`),
          validFrom: u.level === 'commune' ? '2025-07-01' : '2008-01-01',
          validTo: u.validTo ?? null,
        })
        .returning();
      const path = `${parent?.path ?? '/'}${row!.id}/`;
      await tx.update(unit).set({ path }).where(eq(unit.id, row!.id));
      ids.set(u.key, { id: row!.id, path, short: u.code, issuer: u.kind === 'commune' ? 'commune' : 'unit' });
    }
    for (const u of seedUnits.filter((x) => x.successor)) {
      await tx
        .update(unit)
        .set({ successorId: ids.get(u.successor!)!.id })
        .where(eq(unit.id, ids.get(u.key)!.id));
    }

    const people: (typeof person.$inferInsert & { history: HistoryOut })[] = [];
    let cccd = 0;
    const addPerson = (
      fullName: string,
      sex: 'male' | 'female',
      unitKey: string,
      birthDate: string,
      history: HistoryOut,
    ) => {
      const u = ids.get(unitKey)!;
      cccd += 1;
      people.push({
        fullName,
        searchName: toSearchText(fullName),
        sortKey: vietnameseNameSortKey(fullName),
        birthDate,
        sex,
        ethnicity: randomEthnicity(rnd),
        idNumber: `042${sex === 'male' ? '0' : '1'}${birthDate.slice(2, 4)}${String(100000 + cccd * 37).slice(-6)}`,
        position: rnd.pick([
          'Chuyên viên',
          'Chuyên viên chính',
          'Giáo viên',
          'Bác sĩ',
          'Kỹ sư',
          'Cán sự',
          'Nhân viên',
        ]),
        leadershipPost: rnd.chance(0.08)
          ? rnd.pick(['Trưởng phòng', 'Phó Trưởng phòng', 'Phó Giám đốc'])
          : null,
        staffCategory: rnd.weighted([
          ['cong_chuc', 40],
          ['vien_chuc', 40],
          ['nguoi_lao_dong', 12],
          ['can_bo', 8],
        ] as const),
        isDirectWorker: rnd.chance(0.2),
        unitId: u.id,
        unitPath: u.path,
        history,
      });
    };
    for (const s of showcase)
      addPerson(s.fullName, s.sex, s.unit, s.birthDate, s.history(ids.get(s.unit)!.short));
    for (const u of seedUnits) {
      for (let i = 0; i < u.size; i++) {
        const sex = rnd.chance(0.52) ? 'female' : 'male';
        const birthDate = `${rnd.int(1966, 2000)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
        const info = ids.get(u.key)!;
        addPerson(
          randomName(rnd, sex),
          sex,
          u.key,
          birthDate,
          randomHistory(rnd, sex, info.short, info.issuer),
        );
      }
    }
    const inserted: { id: number }[] = [];
    for (let i = 0; i < people.length; i += 500) {
      const chunk = people.slice(i, i + 500).map(({ history: _h, ...p }) => p);
      inserted.push(...(await tx.insert(person).values(chunk).returning({ id: person.id })));
    }
    const memberships: (typeof personMembership.$inferInsert)[] = [];
    const years: (typeof personYear.$inferInsert)[] = [];
    const awards: (typeof award.$inferInsert)[] = [];
    const initiatives: (typeof initiative.$inferInsert)[] = [];
    const disciplines: (typeof discipline.$inferInsert)[] = [];
    const leaves: (typeof leave.$inferInsert)[] = [];
    people.forEach((p, i) => {
      const personId = inserted[i]!.id;
      memberships.push({ personId, unitId: p.unitId, fromDate: '2019-01-01', position: p.position });
      for (const y of p.history.years) years.push({ personId, ...y });
      for (const a of p.history.awards) awards.push({ personId, ...a });
      for (const x of p.history.initiatives) initiatives.push({ personId, ...x });
      for (const d of p.history.disciplines) disciplines.push({ personId, ...d });
      for (const l of p.history.leaves) leaves.push({ personId, ...l });
    });
    await insertChunks(tx, personMembership, memberships);
    await insertChunks(tx, personYear, years);
    await insertChunks(tx, award, awards);
    await insertChunks(tx, initiative, initiatives);
    await insertChunks(tx, discipline, disciplines);
    await insertChunks(tx, leave, leaves);
    // Registration (đăng ký thi đua) at the start of each year: most people and units register; the
    // showcase people always do, so their verdicts turn on their history, not on paperwork.
    const registrations: (typeof registration.$inferInsert)[] = [];
    people.forEach((p, i) => {
      for (const year of DEMO_YEARS) {
        if (i < showcase.length || rnd.chance(0.92))
          registrations.push({
            personId: inserted[i]!.id,
            unitId: p.unitId,
            year,
            targets: null,
            status: 'accepted',
          });
      }
    });
    for (const u of seedUnits.filter((x) => x.size > 0 && x.level !== 'village')) {
      for (const year of DEMO_YEARS)
        registrations.push({ unitId: ids.get(u.key)!.id, year, targets: null, status: 'accepted' });
    }
    await insertChunks(tx, registration, registrations);

    const unitYears: (typeof unitYear.$inferInsert)[] = [];
    const unitAwards: (typeof award.$inferInsert)[] = [];
    for (const u of seedUnits.filter((x) => x.size > 0 && x.level !== 'village')) {
      const info = ids.get(u.key)!;
      for (const year of DEMO_YEARS) {
        const rating = rnd.weighted([
          ['HTXS', 30],
          ['HTT', 60],
          ['HT', 10],
        ] as const);
        unitYears.push({ unitId: info.id, year, rating });
        if (rating !== 'HT' && rnd.chance(0.8))
          unitAwards.push({
            unitId: info.id,
            code: 'TTLDTT',
            kind: 'regular',
            year,
            issuerLevel: 'unit',
            ...decisionFor('unit', info.short, year, 'TTLDTT'),
          });
        if (rating === 'HTXS' && rnd.chance(0.5))
          unitAwards.push({
            unitId: info.id,
            code: 'TTLDXS',
            kind: 'regular',
            year,
            issuerLevel: 'province',
            ...decisionFor('province', info.short, year, 'TTLDXS'),
          });
        if (rating === 'HTXS' && rnd.chance(0.15))
          unitAwards.push({
            unitId: info.id,
            code: 'CO_TINH',
            kind: 'regular',
            year,
            issuerLevel: 'province',
            ...decisionFor('province', info.short, year, 'CO_TINH'),
          });
      }
    }
    await insertChunks(tx, unitYear, unitYears);
    await insertChunks(tx, award, unitAwards);

    await seedDemoBlocs(tx, new Map(seedUnits.map((u) => [u.code, ids.get(u.key)!.id])), 2025);

    for (const d of demoUsers) {
      const [u] = await tx
        .insert(appUser)
        .values({ username: d.username, displayName: d.displayName, passwordHash })
        .returning();
      await tx.insert(roleGrant).values({ userId: u!.id, role: d.role, unitId: ids.get(d.unit)!.id });
    }
    await seedNationalMovements(tx);
    await tx.execute(sql`select 1`);
    await recordAudit(
      tx,
      { system: 'seed-demo', requestId: 'seed-demo', now },
      {
        action: 'seed.demo',
        entityType: 'system',
        after: { units: seedUnits.length, people: people.length, users: demoUsers.map((d) => d.username) },
      },
    );
    return { units: seedUnits.length, people: people.length };
  });
  // Made through the services (verdicts, history, notifications) once the registry is committed.
  await seedDemoDossiers(database, now);
  // The five sample plans, pasted into the text import and confirmed.
  await seedDemoMovements(database, now).catch((err: unknown) => {
    console.warn('Không tạo được các phong trào mẫu từ văn bản kế hoạch:', err);
  });
  // The council, a decided 2025 round, a running disclosure and stories: demo extras, so a failure
  // there is reported and start-up goes on with the registry and dossiers above.
  await seedDemoAwards(database, now).catch((err: unknown) => {
    console.warn('Không tạo được dữ liệu mẫu Hội đồng, quyết định, cổng công khai:', err);
  });
  return counts;
}
