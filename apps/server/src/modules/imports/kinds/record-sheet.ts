import { toSearchText } from '@vinhdanh/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { AuditInput } from '../../../audit/audit.repository.ts';
import { hasPermission } from '../../../lib/policy.ts';
import type { Column } from '../columns.ts';
import { findPeople, type PersonProbe } from '../person-lookup.ts';
import { diffValues, type ParsedRow, type RowError, rowError } from '../row-parser.ts';
import { rowsOf } from '../unit-directory.ts';
import { claimKey, type ExportScope, type ImportEnv, type Outcome, type SheetSpec } from './kind.ts';

export interface Field {
  key: string;
  col: string;
  type: 'int' | 'text' | 'date';
}

/** A sheet of records hanging off a person or a unit (yearly ratings, discipline, awards …). */
export interface RecordSheetConfig {
  name: string;
  keyNote: string;
  notes?: string[];
  table: string;
  /** 'either': a person when the row names one, else the unit of the "Mã đơn vị" column (awards). */
  subject: 'person' | 'unit' | 'either';
  columns: Column[];
  keyFields: Field[];
  dataFields: Field[];
  /** The table has updated_at and version. */
  stamps: boolean;
  auditName: string;
  check?(v: Record<string, unknown>, row: number): RowError[];
}

interface Subject {
  kind: 'p' | 'u';
  id: number;
  path: string;
}
interface RecordWrite {
  id?: number;
  subject: Subject;
  values: Record<string, unknown>;
}

const UNIT_COL = 'Mã đơn vị';
const keyText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Resolves each row's person or unit: two person queries per chunk, units from the directory. */
async function resolveSubjects(cfg: RecordSheetConfig, rows: ParsedRow[], env: ImportEnv) {
  const out: (Subject | RowError)[] = [];
  const probes: PersonProbe[] = [];
  const probeAt: number[] = [];
  for (const [i, r] of rows.entries()) {
    const v = r.values;
    const code = v.unitCode as string | null;
    const isPerson = cfg.subject === 'person' || (cfg.subject === 'either' && (v.idNumber || v.fullName));
    if (!isPerson) {
      if (!code) {
        out.push(rowError(r.row, UNIT_COL, 'bắt buộc, không được để trống'));
        continue;
      }
      const res = env.units.resolve(env.ctx, code, r.row, UNIT_COL, { allowMerged: true });
      out.push('error' in res ? res.error : { kind: 'u', id: res.unit.id, path: res.unit.path });
      continue;
    }
    if (!v.idNumber && (!v.fullName || !code)) {
      out.push(rowError(r.row, 'Họ và tên', 'cần Số CCCD, hoặc Họ và tên cùng Mã đơn vị'));
      continue;
    }
    const unit = code ? env.units.byCode.get(code) : undefined;
    if (code && !unit) {
      out.push(rowError(r.row, UNIT_COL, `không tìm thấy đơn vị có mã '${code}'`));
      continue;
    }
    probeAt.push(i);
    probes.push({
      idNumber: (v.idNumber as string) ?? null,
      searchName: v.fullName ? toSearchText(v.fullName as string) : '',
      birthDate: (v.birthDate as string) ?? null,
      unitId: unit?.id ?? 0,
    });
    out.push(rowError(r.row, null, 'pending'));
  }
  const found = await findPeople(env.q, probes);
  probeAt.forEach((i, j) => {
    const r = rows[i]!;
    const m = found[j];
    const who = r.values.idNumber ? `CCCD ${r.values.idNumber}` : `${r.values.fullName}`;
    if (!m) out[i] = rowError(r.row, null, `không tìm thấy cá nhân (${who})`);
    else if (m === 'ambiguous')
      out[i] = rowError(
        r.row,
        'Họ và tên',
        'có nhiều cá nhân trùng họ tên, ngày sinh và đơn vị; hãy ghi Số CCCD',
      );
    else if (!hasPermission(env.ctx.actor, 'import.run', m.unitPath))
      out[i] = rowError(r.row, null, `cá nhân (${who}) thuộc đơn vị nằm ngoài phạm vi bạn được nhập dữ liệu`);
    else out[i] = { kind: 'p', id: m.id, path: m.unitPath };
  });
  return out;
}

function subjectCols(cfg: RecordSheetConfig): string[] {
  return cfg.subject === 'person'
    ? ['person_id']
    : cfg.subject === 'unit'
      ? ['unit_id']
      : ['person_id', 'unit_id'];
}

async function plan(cfg: RecordSheetConfig, rows: ParsedRow[], env: ImportEnv) {
  const errors: RowError[] = [];
  const subjects = await resolveSubjects(cfg, rows, env);
  const live: { r: ParsedRow; s: Subject; key: string }[] = [];
  for (const [i, r] of rows.entries()) {
    const s = subjects[i]!;
    if ('message' in s) {
      errors.push(s);
      continue;
    }
    const extra = cfg.check?.(r.values, r.row) ?? [];
    if (extra.length) {
      errors.push(...extra);
      continue;
    }
    const key = `${s.kind}${s.id}|${cfg.keyFields.map((f) => keyText(r.values[f.key])).join('|')}`;
    const dup = claimKey(env, `${cfg.name}|${key}`, r.row);
    if (dup) {
      errors.push(dup);
      continue;
    }
    live.push({ r, s, key });
  }
  const existing = new Map<string, Record<string, unknown> & { id: number }>();
  for (const kind of ['p', 'u'] as const) {
    const group = live.filter((l) => l.s.kind === kind);
    if (!group.length) continue;
    const probes = group.map((l) => [l.s.id, ...cfg.keyFields.map((f) => l.r.values[f.key])]);
    const col = kind === 'p' ? 'person_id' : 'unit_id';
    const on = cfg.keyFields.map((f, i) => `t.${f.col} = (r.v->>${i + 1})::${f.type}`).join(' and ');
    const select = [...cfg.keyFields, ...cfg.dataFields]
      .map((f) => `t.${f.col}${f.type === 'date' ? '::text' : ''} as "${f.key}"`)
      .join(', ');
    const rows = await rowsOf<Record<string, unknown> & { id: number; s: number }>(
      env.q,
      sql`select t.id, t.${sql.raw(col)} as s, ${sql.raw(select)}
            from jsonb_array_elements(${JSON.stringify(probes)}::jsonb) as r(v)
            join ${sql.raw(cfg.table)} t on t.${sql.raw(col)} = (r.v->>0)::int and ${sql.raw(on)}
           order by t.id`,
    );
    for (const row of rows) {
      const key = `${kind}${row.s}|${cfg.keyFields.map((f) => keyText(row[f.key])).join('|')}`;
      if (!existing.has(key)) existing.set(key, row);
    }
  }
  const outcomes: Outcome<RecordWrite>[] = live.map(({ r, s, key }) => {
    const before = existing.get(key);
    if (!before) return { row: r.row, key, action: 'create', write: { subject: s, values: r.values } };
    const dataCols = cfg.columns.filter((c) => cfg.dataFields.some((f) => f.key === c.key));
    const changes = diffValues(dataCols, before, r.values);
    if (!changes) return { row: r.row, key, action: 'unchanged' };
    return {
      row: r.row,
      key,
      action: 'update',
      changes,
      write: { id: before.id, subject: s, values: r.values },
    };
  });
  return { outcomes, errors };
}

async function write(cfg: RecordSheetConfig, env: ImportEnv, outcomes: Outcome<RecordWrite>[]) {
  const audits: AuditInput[] = [];
  const creates = outcomes.filter((o) => o.action === 'create').map((o) => o.write!);
  const updates = outcomes.filter((o) => o.action === 'update');
  const pick = (w: RecordWrite, fields: Field[]) => fields.map((f) => w.values[f.key] ?? null);
  if (creates.length) {
    const recs = creates.map((w) => [
      w.subject.kind === 'p' ? w.subject.id : null,
      w.subject.kind === 'u' ? w.subject.id : null,
      ...pick(w, [...cfg.keyFields, ...cfg.dataFields]),
    ]);
    const fields = [...cfg.keyFields, ...cfg.dataFields];
    const subjCols = subjectCols(cfg);
    const cols = [
      ...subjCols,
      ...fields.map((f) => f.col),
      'created_at',
      ...(cfg.stamps ? ['updated_at'] : []),
    ];
    const now = sql`${env.nowIso}::timestamptz`;
    const vals = sql.join(
      [
        ...subjCols.map((c) => sql.raw(`(r.v->>${c === 'person_id' ? 0 : 1})::int`)),
        ...fields.map((f, i) => sql.raw(`(r.v->>${i + 2})::${f.type}`)),
        now,
        ...(cfg.stamps ? [now] : []),
      ],
      sql`, `,
    );
    await env.q.execute(
      sql`insert into ${sql.raw(cfg.table)} (${sql.raw(cols.join(', '))})
          select ${vals} from jsonb_array_elements(${JSON.stringify(recs)}::jsonb) as r(v)`,
    );
  }
  if (updates.length) {
    const recs = updates.map((o) => [o.write!.id, ...pick(o.write!, cfg.dataFields)]);
    const set = cfg.dataFields.map((f, i) => sql.raw(`${f.col} = (r.v->>${i + 1})::${f.type}`));
    if (cfg.stamps)
      set.push(sql`updated_at = ${env.nowIso}::timestamptz`, sql.raw('version = t.version + 1'));
    await env.q.execute(
      sql`update ${sql.raw(cfg.table)} t set ${sql.join(set, sql`, `)}
            from jsonb_array_elements(${JSON.stringify(recs)}::jsonb) as r(v)
           where t.id = (r.v->>0)::int`,
    );
  }
  for (const o of outcomes) {
    if (o.action === 'unchanged' || !o.write) continue;
    const s = o.write.subject;
    audits.push({
      action: `${s.kind === 'p' ? 'person' : 'unit'}.${cfg.auditName}.import`,
      entityType: s.kind === 'p' ? 'person' : 'unit',
      entityId: s.id,
      unitPath: s.path,
      before: o.changes ? Object.fromEntries(Object.entries(o.changes).map(([k, c]) => [k, c.from])) : null,
      after: o.changes
        ? Object.fromEntries(Object.entries(o.changes).map(([k, c]) => [k, c.to]))
        : Object.fromEntries(
            [...cfg.keyFields, ...cfg.dataFields].map((f) => [f.key, o.write!.values[f.key] ?? null]),
          ),
    });
  }
  return audits;
}

/** Pages of a record table joined to its person (or unit), in the actor's scope, by id. */
async function* exportRows(
  cfg: RecordSheetConfig,
  q: Parameters<SheetSpec['exportRows']>[0],
  scope: ExportScope,
) {
  const fields = [...cfg.keyFields, ...cfg.dataFields]
    .map((f) => `t.${f.col}${f.type === 'date' ? '::text' : ''} as "${f.key}"`)
    .join(', ');
  const join: SQL =
    cfg.subject === 'unit'
      ? sql`join unit u on u.id = t.unit_id`
      : cfg.subject === 'person'
        ? sql`join person p on p.id = t.person_id join unit u on u.id = p.unit_id`
        : sql`left join person p on p.id = t.person_id join unit u on u.id = coalesce(p.unit_id, t.unit_id)`;
  const who =
    cfg.subject === 'unit'
      ? sql.raw(`u.name as "unitName"`)
      : sql.raw(`p.id_number as "idNumber", p.full_name as "fullName", p.birth_date::text as "birthDate"`);
  const path = cfg.subject === 'unit' ? sql`u.path` : sql`coalesce(p.unit_path, u.path)`;
  let after = 0;
  for (;;) {
    const rows = await rowsOf<Record<string, unknown> & { _id: number }>(
      q,
      sql`select t.id as "_id", u.code as "unitCode", ${who}, ${sql.raw(fields)}
            from ${sql.raw(cfg.table)} t ${join}
           where (${scope.on(path)}) and t.id > ${after}
           order by t.id limit 5000`,
    );
    if (!rows.length) return;
    after = rows[rows.length - 1]!._id;
    yield rows;
  }
}

export function recordSheet(cfg: RecordSheetConfig): SheetSpec<RecordWrite> {
  return {
    name: cfg.name,
    keyNote: cfg.keyNote,
    notes: cfg.notes,
    columns: cfg.columns,
    plan: (rows, env) => plan(cfg, rows, env),
    write: (env, outcomes) => write(cfg, env, outcomes),
    exportRows: (q, scope) => exportRows(cfg, q, scope),
  };
}
