import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';

/*
 * Why a sealer, not a hash computed at insert time: chaining at insert would make every write of the
 * application wait for the previous one (a global queue on the chain head). Instead each transaction
 * inserts its events unsealed, and a short background step takes an advisory lock and seals the
 * committed unsealed events, in id order, into one chain: seq 1, 2, 3… each hash covering the previous
 * hash and the event's content. The head row (seq and hash of the newest sealed event) lets verification
 * notice the newest events being deleted. The window of exposure is the few seconds before sealing.
 */

const GENESIS = '0'.repeat(64);
const SEAL_LOCK = 727002;
const BATCH = 2000;

interface EventRow {
  id: string | number;
  occurred: string;
  actor_user_id: number | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  unit_path: string | null;
  request_id: string | null;
  before: unknown;
  after: unknown;
  seq?: string | number | null;
  prev_hash?: string | null;
  hash?: string | null;
}

const SELECT_COLUMNS = `id, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred,
  actor_user_id, actor_name, action, entity_type, entity_id, unit_path, request_id, before, after`;

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function hashEvent(prevHash: string, seq: number, e: EventRow): string {
  const body = canonical({
    seq,
    id: Number(e.id),
    occurred: e.occurred,
    actorUserId: e.actor_user_id,
    actorName: e.actor_name,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    unitPath: e.unit_path,
    requestId: e.request_id,
    before: e.before,
    after: e.after,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Seals every committed unsealed event; returns how many. Safe to run from several processes. */
export async function sealAuditChain(database: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await database.db.transaction(async (tx) => {
      const run = async <T>(query: SQL) => (await tx.execute(query)).rows as T[];
      await run(sql`select pg_advisory_xact_lock(${SEAL_LOCK})`);
      const [head] = await run<{ seq: string; hash: string }>(
        sql`select seq, hash from audit_chain_head where id = 1`,
      );
      const events = await run<EventRow>(
        sql`select ${sql.raw(SELECT_COLUMNS)} from audit_event where seq is null order by id limit ${BATCH}`,
      );
      if (events.length === 0) return 0;
      let seq = head ? Number(head.seq) : 0;
      let prev = head?.hash ?? GENESIS;
      const rows: { id: number; seq: number; prev: string; hash: string }[] = [];
      for (const e of events) {
        seq += 1;
        const hash = hashEvent(prev, seq, e);
        rows.push({ id: Number(e.id), seq, prev, hash });
        prev = hash;
      }
      await run(sql`update audit_event a set seq = v.seq, prev_hash = v.prev, hash = v.hash
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id bigint, seq bigint, prev text, hash text)
        where a.id = v.id`);
      await run(sql`insert into audit_chain_head (id, seq, hash, sealed_at) values (1, ${seq}, ${prev}, now())
        on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, sealed_at = excluded.sealed_at`);
      return events.length;
    });
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  unsealed: number;
  problems: { seq: number | null; id: number | null; problem: string }[];
}

/** Recomputes the whole chain: an edited, deleted or re-ordered sealed event breaks it. */
export async function verifyAuditChain(database: Database): Promise<VerifyResult> {
  const problems: VerifyResult['problems'] = [];
  const head = (
    await database.query<{ seq: string; hash: string }>('select seq, hash from audit_chain_head where id = 1')
  ).rows[0];
  let expectedSeq = 1;
  let prev = GENESIS;
  let checked = 0;
  for (;;) {
    const rows = (
      await database.query<EventRow>(
        `select ${SELECT_COLUMNS}, seq, prev_hash, hash from audit_event where seq >= $1 order by seq limit ${BATCH}`,
        [expectedSeq],
      )
    ).rows;
    for (const e of rows) {
      const seq = Number(e.seq);
      if (seq !== expectedSeq) {
        problems.push({
          seq: expectedSeq,
          id: null,
          problem: `Thiếu sự kiện số ${expectedSeq} (đã bị xóa?)`,
        });
        expectedSeq = seq;
      }
      if (e.prev_hash !== prev)
        problems.push({ seq, id: Number(e.id), problem: 'Liên kết với sự kiện trước bị sai' });
      if (hashEvent(e.prev_hash ?? '', seq, e) !== e.hash)
        problems.push({ seq, id: Number(e.id), problem: 'Nội dung sự kiện đã bị sửa (băm không khớp)' });
      prev = e.hash ?? '';
      expectedSeq = seq + 1;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const lastSeq = expectedSeq - 1;
  if (head && (Number(head.seq) !== lastSeq || head.hash !== prev))
    problems.push({
      seq: Number(head.seq),
      id: null,
      problem: 'Các sự kiện mới nhất đã bị xóa hoặc sửa (đầu chuỗi không khớp)',
    });
  if (!head && checked > 0) problems.push({ seq: null, id: null, problem: 'Mất bản ghi đầu chuỗi' });
  const unsealed = Number(
    (await database.query<{ n: string }>('select count(*)::int as n from audit_event where seq is null'))
      .rows[0]?.n ?? 0,
  );
  return { ok: problems.length === 0, checked, unsealed, problems };
}
