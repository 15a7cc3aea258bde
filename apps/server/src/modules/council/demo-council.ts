import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { appUser, roleGrant } from '../../db/schema/index.ts';
import { at, ctxFor } from '../../seed/demo-actors.ts';
import { createUser, updateUser } from '../users/user.service.ts';
import { addCouncilMember, councilMembers, createCouncil } from './council.service.ts';

type MemberRole = 'chair' | 'vice_chair' | 'secretary' | 'member';

/**
 * The Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam, as reorganised after the merger of 01/07/2025. The
 * chair (the provincial chairman, `lanhdao`) signs decisions and does not vote in the app: in the demo
 * session he is away and sends a written opinion. The others vote from their own accounts: `hoidong`,
 * the secretary `thuky`, and accounts made by the administrator for the rest (not advertised logins).
 */
export const DEMO_COUNCIL_MEMBERS: {
  fullName: string;
  title: string;
  role: MemberRole;
  username: string;
  /** An account the administrator creates for the member (the demo logins already exist). */
  newAccount?: boolean;
}[] = [
  { fullName: 'Lê Quang Vinh', title: 'Chủ tịch UBND tỉnh', role: 'chair', username: 'lanhdao' },
  {
    fullName: 'Trần Thị Thu Trang',
    title: 'Phó Chủ tịch Thường trực UBND tỉnh',
    role: 'vice_chair',
    username: 'hd.trang',
    newAccount: true,
  },
  {
    fullName: 'Đinh Công Sơn',
    title: 'Giám đốc Sở Nội vụ',
    role: 'vice_chair',
    username: 'hd.son',
    newAccount: true,
  },
  {
    fullName: 'Ngô Thị Bích Hạnh',
    title: 'Trưởng Ban Thi đua – Khen thưởng, Sở Nội vụ',
    role: 'secretary',
    username: 'thuky',
  },
  {
    fullName: 'Hoàng Văn Nam',
    title: 'Chủ tịch Liên đoàn Lao động tỉnh',
    role: 'member',
    username: 'hoidong',
  },
  {
    fullName: 'Phan Thanh Tùng',
    title: 'Chánh Văn phòng UBND tỉnh',
    role: 'member',
    username: 'hd.tung',
    newAccount: true,
  },
  {
    fullName: 'Lương Thị Kim Oanh',
    title: 'Giám đốc Sở Tài chính',
    role: 'member',
    username: 'hd.oanh',
    newAccount: true,
  },
  {
    fullName: 'Vi Văn Khải',
    title: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    role: 'member',
    username: 'hd.khai',
    newAccount: true,
  },
  {
    fullName: 'Tạ Minh Châu',
    title: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    role: 'member',
    username: 'hd.chau',
    newAccount: true,
  },
];

export const COUNCIL_FORMED = '2025-07-01';

/**
 * Accounts, council and members, set up on 01/07/2025 by the administrator (accounts and grants) and
 * the secretary (council and members). Returns the council id, or null when the demo users are missing.
 */
export async function seedDemoCouncil(
  database: Database,
  password: string,
): Promise<{ councilId: number; memberIds: Map<string, number> } | null> {
  const when = new Date(`${COUNCIL_FORMED}T02:00:00Z`);
  const admin = await ctxFor(database, 'admin', when);
  if (!admin) return null;
  const ubndId = admin.actor.grants[0]!.unitId;
  for (const m of DEMO_COUNCIL_MEMBERS.filter((x) => x.newAccount))
    await createUser(database.db, admin, {
      username: m.username,
      displayName: `${m.fullName} (Hội đồng TĐKT)`,
      password,
      grants: [{ role: 'council_member', unitId: ubndId }],
    });
  // The secretary sits on the council too and votes: a member's grant next to the secretary's.
  const [thuky] = await database.db.select().from(appUser).where(eq(appUser.username, 'thuky'));
  if (!thuky) return null;
  const grants = await database.db.select().from(roleGrant).where(eq(roleGrant.userId, thuky.id));
  await updateUser(database.db, at(admin, '2025-07-01T02:10:00Z'), thuky.id, {
    version: thuky.version,
    grants: [
      ...grants.map((g) => ({ role: g.role as 'council_secretary', unitId: g.unitId })),
      { role: 'council_member', unitId: ubndId },
    ],
  });

  const secretary = await ctxFor(database, 'thuky', new Date(`${COUNCIL_FORMED}T03:00:00Z`));
  if (!secretary) return null;
  const created = await createCouncil(database, secretary, {
    unitId: ubndId,
    name: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
    termFrom: COUNCIL_FORMED,
    termTo: '2030-06-30',
  });
  const councilId = created.data.id;
  const users = await database.db.select({ id: appUser.id, username: appUser.username }).from(appUser);
  for (const m of DEMO_COUNCIL_MEMBERS)
    await addCouncilMember(database, secretary, councilId, {
      fullName: m.fullName,
      title: m.title,
      role: m.role,
      userId: users.find((u) => u.username === m.username)?.id ?? null,
    });
  const members = await councilMembers(database.db, councilId);
  return {
    councilId,
    memberIds: new Map(
      members.map((m) => [DEMO_COUNCIL_MEMBERS.find((x) => x.fullName === m.fullName)!.username, m.id]),
    ),
  };
}
