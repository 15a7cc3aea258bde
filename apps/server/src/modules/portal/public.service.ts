import { createHash } from 'node:crypto';
import type { PublicCertificate, PublicDisclosure, PublicHonourQuery } from '@vinhdanh/contracts';
import { CATALOG, checkComment, disclosureState, formatViDate, toSearchText } from '@vinhdanh/domain';
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { disclosure, disclosureItem, movement, publicComment, story, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { iso, likeFragment, titleName } from './portal.presenter.ts';

/** Beyond this many matches the roll says "more than N" instead of counting up to 1M rows. */
export const HONOUR_COUNT_CAP = 5000;
/** The roll changes only when a decision is issued or revoked: answers are kept this long. */
export const HONOUR_CACHE_MS = 60_000;
const HONOUR_CACHE_MAX = 1000;

interface HonourRow {
  id: number;
  year: number;
  code: string;
  subject_kind: string;
  name: string;
  unit_name: string | null;
  decision_number: string | null;
  decision_date: string | null;
  issuer: string | null;
  certificate_code: string | null;
}
type HonourPage = Awaited<ReturnType<typeof queryHonours>>;

/**
 * Answers of the public roll per database, by query, for HONOUR_CACHE_MS (the same as the
 * Cache-Control max-age sent to browsers). Concurrent identical searches share one computation.
 * Certificate verification is never cached.
 */
const honourCache = new WeakMap<Database, Map<string, { at: number; value: Promise<HonourPage> }>>();

export function searchHonours(database: Database, q: PublicHonourQuery): Promise<HonourPage> {
  let cache = honourCache.get(database);
  if (!cache) {
    cache = new Map();
    honourCache.set(database, cache);
  }
  const key = JSON.stringify([q.q ? toSearchText(q.q) : '', q.year, q.unitId, q.code, q.page, q.pageSize]);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < HONOUR_CACHE_MS) return hit.value;
  const value = queryHonours(database, q);
  cache.delete(key);
  cache.set(key, { at: now, value });
  value.catch(() => cache.delete(key));
  if (cache.size > HONOUR_CACHE_MAX) cache.delete(cache.keys().next().value!);
  return value;
}

/** Forgets cached roll answers (tests; a decision issued in this process). */
export function clearHonourCache(database: Database): void {
  honourCache.delete(database);
}

/**
 * The public honour roll: decided, non-revoked awards, searched without diacritics on the folded
 * name (trigram index on honour.search_name), filtered by year / unit / title, in Vietnamese name
 * order. Only public columns are selected. The total is exact up to HONOUR_COUNT_CAP.
 */
async function queryHonours(database: Database, q: PublicHonourQuery) {
  const params: unknown[] = [];
  const where = ['not h.revoked'];
  const fragment = q.q ? toSearchText(q.q) : '';
  if (fragment) {
    params.push(likeFragment(fragment));
    where.push(`h.search_name like $${params.length}`);
  }
  if (q.year) {
    params.push(q.year);
    where.push(`h.year = $${params.length}`);
  }
  if (q.code) {
    params.push(q.code);
    where.push(`h.code = $${params.length}`);
  }
  if (q.unitId) {
    params.push(q.unitId);
    where.push(`h.unit_id = $${params.length}`);
  }
  const cond = where.join(' and ');
  const offset = (q.page - 1) * q.pageSize;
  const cols = `h.id, h.year, h.code, h.subject_kind, h.name, h.unit_name, h.decision_number,
            h.decision_date::text as decision_date, h.issuer, h.certificate_code`;
  // Phase 1: take up to CAP+1 matches in any order (trigram bitmap, or a seq scan that stops early),
  // count and sort just those. A selective search never walks the name-order index with a filter,
  // which costs seconds when its matches sit late in that order ("thi hoa").
  const first = await database.query<HonourRow & { total: number }>(
    `with m as materialized (select h.id, h.sort_key from honour h where ${cond} limit ${HONOUR_COUNT_CAP + 1}),
          n as (select count(*)::int as total from m),
          p as (select id, sort_key from m order by sort_key, id limit ${q.pageSize} offset ${offset})
     select n.total, ${cols}
       from n left join (p join honour h on h.id = p.id) on n.total <= ${HONOUR_COUNT_CAP}
      order by p.sort_key, p.id`,
    params,
  );
  let total = first.rows[0]?.total ?? 0;
  let totalCapped = false;
  let rows = first.rows.filter((r) => r.id != null);
  if (total > HONOUR_COUNT_CAP) {
    // Phase 2, a broad search (more than CAP matches, so dense): walk the name order and filter.
    total = HONOUR_COUNT_CAP;
    totalCapped = true;
    rows = (
      await database.query<HonourRow & { total: number }>(
        `select ${cols} from honour h where ${cond}
          order by h.sort_key, h.id limit ${q.pageSize} offset ${offset}`,
        params,
      )
    ).rows;
  }
  const page = { rows };
  return {
    data: page.rows.map((r) => ({
      id: r.id,
      year: r.year,
      code: r.code,
      titleName: titleName(r.code),
      subjectKind: r.subject_kind,
      name: r.name,
      unitName: r.unit_name,
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date,
      issuer: r.issuer,
      certificateCode: r.certificate_code,
    })),
    page: q.page,
    pageSize: q.pageSize,
    total,
    totalCapped,
  };
}

/** Filter choices of the honour roll: years present, catalog titles, units with honours. */
export async function honourFacets(database: Database) {
  const years = await database.query<{ lo: number | null; hi: number | null }>(
    'select min(year) as lo, max(year) as hi from honour',
  );
  const lo = years.rows[0]?.lo;
  const hi = years.rows[0]?.hi;
  const yearList: number[] = [];
  if (lo != null && hi != null)
    for (let y = Number(hi); y >= Number(lo) && yearList.length < 50; y--) yearList.push(y);
  const units = await database.db
    .select({ id: unit.id, name: unit.name })
    .from(unit)
    .where(sql`${unit.level} in ('province', 'commune') or ${unit.parentId} is null`)
    .orderBy(asc(unit.path))
    .limit(500);
  return {
    years: yearList,
    titles: CATALOG.map((c) => ({ code: c.code, name: c.name.vi })),
    units,
  };
}

/** Verification of a printed certificate by its code (the QR points at /xac-minh/:code). */
export async function verifyCertificate(database: Database, code: string): Promise<PublicCertificate> {
  const { rows } = await database.query<{
    certificate_code: string;
    subject_name: string;
    unit_name: string | null;
    code: string;
    number: string | null;
    decision_date: string | null;
    issuer: string | null;
    signer_name: string | null;
    revoked_at: Date | string | null;
  }>(
    `select da.certificate_code, da.subject_name, da.unit_name, da.code, d.number,
            d.decision_date::text as decision_date, u.name as issuer, d.signer_name, da.revoked_at
       from decision_award da
       join decision d on d.id = da.decision_id
       left join unit u on u.id = d.issuer_unit_id
      where da.certificate_code = $1 and d.number is not null and d.kind = 'award'`,
    [code],
  );
  const r = rows[0];
  if (!r)
    throw new AppError(
      'NOT_FOUND',
      { entity: 'certificate' },
      'Không tìm thấy giấy khen/bằng khen có mã này.',
    );
  return {
    certificateCode: r.certificate_code,
    name: r.subject_name,
    unitName: r.unit_name,
    code: r.code,
    titleName: titleName(r.code),
    decisionNumber: r.number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
    signerName: r.signer_name,
    revoked: r.revoked_at != null,
    revokedAt: iso(r.revoked_at),
  };
}

/** Launched movements (never drafts), newest first. */
export async function publicMovements(database: Database, q: { page: number; pageSize: number }) {
  const where = ne(movement.status, 'draft');
  const rows = await database.db
    .select({
      id: movement.id,
      name: movement.name,
      theme: movement.theme,
      slogan: movement.slogan,
      goals: movement.goals,
      issuer: movement.issuer,
      planNumber: movement.planNumber,
      planDate: movement.planDate,
      fromDate: movement.fromDate,
      toDate: movement.toDate,
      status: movement.status,
      unitName: unit.name,
      launchedAt: movement.launchedAt,
    })
    .from(movement)
    .innerJoin(unit, eq(unit.id, movement.unitId))
    .where(where)
    .orderBy(desc(movement.launchedAt), desc(movement.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = (await database.db.select({ n: count() }).from(movement).where(where)) as [{ n: number }];
  return {
    data: rows.map((r) => ({ ...r, goals: r.goals ?? [], launchedAt: iso(r.launchedAt) })),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(n),
  };
}

const storyCols = {
  id: story.id,
  title: story.title,
  summary: story.summary,
  unitName: unit.name,
  publishedAt: story.publishedAt,
};

export async function publicStories(database: Database, q: { page: number; pageSize: number }) {
  const where = eq(story.status, 'published');
  const rows = await database.db
    .select(storyCols)
    .from(story)
    .innerJoin(unit, eq(unit.id, story.unitId))
    .where(where)
    .orderBy(desc(story.publishedAt), desc(story.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = (await database.db.select({ n: count() }).from(story).where(where)) as [{ n: number }];
  return {
    data: rows.map((r) => ({ ...r, publishedAt: iso(r.publishedAt) })),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(n),
  };
}

export async function publicStory(database: Database, id: number) {
  const [r] = await database.db
    .select({ ...storyCols, body: story.body })
    .from(story)
    .innerJoin(unit, eq(unit.id, story.unitId))
    .where(and(eq(story.id, id), eq(story.status, 'published')));
  if (!r) throw new AppError('NOT_FOUND', { entity: 'story' });
  return { ...r, publishedAt: iso(r.publishedAt) };
}

// ---- disclosures ---------------------------------------------------------------------------------

const disclosureCols = {
  id: disclosure.id,
  title: disclosure.title,
  unitName: unit.name,
  startsOn: disclosure.startsOn,
  endsOn: disclosure.endsOn,
  status: disclosure.status,
  itemCount: sql<number>`(select count(*)::int from disclosure_item i where i.disclosure_id = ${disclosure.id})`,
};

/** Published disclosures (withdrawn ones are not shown), the open ones first. */
export async function publicDisclosures(
  database: Database,
  now: Date,
  q: { page: number; pageSize: number },
) {
  const today = vnDate(now);
  const where = eq(disclosure.status, 'published');
  const rows = await database.db
    .select(disclosureCols)
    .from(disclosure)
    .innerJoin(unit, eq(unit.id, disclosure.unitId))
    .where(where)
    .orderBy(sql`(${disclosure.endsOn} >= ${today}) desc`, desc(disclosure.startsOn), desc(disclosure.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = (await database.db.select({ n: count() }).from(disclosure).where(where)) as [{ n: number }];
  return {
    data: rows.map(({ status, ...r }) => ({
      ...r,
      itemCount: Number(r.itemCount),
      state: disclosureState({ ...r, status }, today),
    })),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(n),
  };
}

export async function disclosureItems(database: Database, disclosureId: number) {
  const rows = await database.db
    .select({
      id: disclosureItem.id,
      name: disclosureItem.name,
      unitName: disclosureItem.unitName,
      target: disclosureItem.target,
    })
    .from(disclosureItem)
    .where(eq(disclosureItem.disclosureId, disclosureId))
    .orderBy(asc(disclosureItem.position), asc(disclosureItem.id));
  return rows.map((r) => ({ ...r, targetName: titleName(r.target) }));
}

/** One published disclosure with its items and only the approved comments (and their answers). */
export async function publicDisclosure(database: Database, now: Date, id: number): Promise<PublicDisclosure> {
  const [d] = await database.db
    .select(disclosureCols)
    .from(disclosure)
    .innerJoin(unit, eq(unit.id, disclosure.unitId))
    .where(and(eq(disclosure.id, id), eq(disclosure.status, 'published')));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'disclosure' });
  const items = await disclosureItems(database, id);
  const comments = await database.db
    .select({
      id: publicComment.id,
      itemId: publicComment.itemId,
      authorName: publicComment.authorName,
      body: publicComment.body,
      createdAt: publicComment.createdAt,
      answer: publicComment.answer,
      answeredAt: publicComment.answeredAt,
    })
    .from(publicComment)
    .where(and(eq(publicComment.disclosureId, id), eq(publicComment.status, 'approved')))
    .orderBy(asc(publicComment.createdAt), asc(publicComment.id));
  const { status, ...rest } = d;
  return {
    ...rest,
    itemCount: Number(d.itemCount),
    state: disclosureState({ ...d, status }, vnDate(now)),
    items,
    comments: comments.map((c) => ({ ...c, createdAt: iso(c.createdAt)!, answeredAt: iso(c.answeredAt) })),
  };
}

export const senderHash = (address: string) => createHash('sha256').update(address).digest('hex');

/**
 * A citizen's comment: stored as pending (shown only once approved). A filled honeypot is answered
 * like a success and dropped. Refused outside the disclosure period with a Vietnamese message.
 */
export async function submitComment(
  database: Database,
  now: Date,
  id: number,
  body: {
    authorName: string;
    contact?: string | null;
    body: string;
    itemId?: number | null;
    website?: string | null;
  },
  senderAddress: string,
) {
  const accepted = {
    ok: true as const,
    message: 'Đã nhận góp ý. Góp ý sẽ được hiển thị sau khi cơ quan thẩm định kiểm duyệt.',
  };
  const [d] = await database.db
    .select({
      id: disclosure.id,
      startsOn: disclosure.startsOn,
      endsOn: disclosure.endsOn,
      status: disclosure.status,
    })
    .from(disclosure)
    .where(and(eq(disclosure.id, id), eq(disclosure.status, 'published')));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'disclosure' });
  const today = vnDate(now);
  const state = disclosureState(d, today);
  if (state === 'ended')
    throw new AppError(
      'DISCLOSURE_CLOSED',
      { endsOn: d.endsOn },
      `Thời gian công khai lấy ý kiến đã kết thúc ngày ${formatViDate(d.endsOn)}; không nhận thêm góp ý.`,
    );
  if (state !== 'open')
    throw new AppError(
      'DISCLOSURE_CLOSED',
      { startsOn: d.startsOn },
      `Danh sách bắt đầu nhận góp ý từ ngày ${formatViDate(d.startsOn)}.`,
    );
  const checked = checkComment(body);
  if (checked.kind === 'spam') return accepted;
  if (checked.kind === 'invalid')
    throw new AppError(
      'VALIDATION_FAILED',
      checked.issues.map((i) => ({ path: `body.${i.field}`, message: i.message })),
      checked.issues[0]!.message,
    );
  if (body.itemId) {
    const [item] = await database.db
      .select({ id: disclosureItem.id })
      .from(disclosureItem)
      .where(and(eq(disclosureItem.id, body.itemId), eq(disclosureItem.disclosureId, id)));
    if (!item)
      throw new AppError(
        'VALIDATION_FAILED',
        [{ path: 'body.itemId', message: 'Người được góp ý không có trong danh sách này' }],
        'Người được góp ý không có trong danh sách này.',
      );
  }
  await database.db.insert(publicComment).values({
    disclosureId: id,
    itemId: body.itemId ?? null,
    ...checked.value,
    status: 'pending',
    senderHash: senderHash(senderAddress),
    createdAt: now,
  });
  return accepted;
}
