import { unitKinds, unitLevels } from '@vinhdanh/contracts';
import { toSearchText } from '@vinhdanh/domain';
import { sql } from 'drizzle-orm';
import type { AuditInput } from '../../../audit/audit.repository.ts';
import { hasPermission } from '../../../lib/policy.ts';
import { codeColumn, dateColumn, enumColumn, textColumn } from '../columns.ts';
import { diffValues, type RowError, rowError } from '../row-parser.ts';
import { rowsOf, type UnitEntry } from '../unit-directory.ts';
import { claimKey, type KindSpec, type Outcome, type SheetSpec } from './kind.ts';

export const unitColumns = [
  codeColumn('code', 'Mã đơn vị', {
    required: true,
    note: 'Mã duy nhất của đơn vị; dùng để nhận diện đơn vị.',
  }),
  textColumn('name', 'Tên đơn vị', { required: true, min: 2, max: 300, width: 40 }),
  textColumn('shortName', 'Tên viết tắt', { max: 100, width: 16 }),
  enumColumn('kind', 'Loại hình', unitKinds, { required: true }),
  enumColumn('level', 'Cấp', unitLevels, { required: true, width: 18 }),
  codeColumn('parentCode', 'Mã đơn vị cấp trên', {
    note: 'Mã của đơn vị cấp trên (đã có trong hệ thống hoặc ở dòng khác của tệp). Để trống: đơn vị gốc.',
  }),
  dateColumn('validFrom', 'Hiệu lực từ ngày'),
  dateColumn('validTo', 'Hiệu lực đến ngày'),
];

type UnitValues = {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  level: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
};
interface UnitWrite {
  id?: number;
  values: UnitValues;
}

const W = 'unit.write' as const;

const unitsSheet: SheetSpec<UnitWrite> = {
  name: 'Đơn vị',
  keyNote: 'Mã đơn vị.',
  notes: [
    'Đơn vị cấp trên có thể nằm ở dòng sau trong cùng tệp. Cần quyền quản lý đơn vị trên đơn vị cấp trên.',
    'Không đổi được đơn vị cấp trên của đơn vị đã có bằng tệp nhập: hãy dùng chức năng Chuyển đơn vị.',
  ],
  columns: unitColumns,
  wholeFile: true,

  async plan(rows, env) {
    const { units, ctx } = env;
    const errors: RowError[] = [];
    const inFile = new Map<string, { row: number; v: UnitValues }>();
    for (const r of rows) {
      const v = r.values as UnitValues;
      const dup = claimKey(env, v.code, r.row);
      if (dup) errors.push(dup);
      else inFile.set(v.code, { row: r.row, v });
    }
    // The existing ancestor a new unit will hang under (null: a root), or an error.
    const anchor = new Map<string, UnitEntry | null | string>();
    const anchorOf = (code: string, trail: string[] = []): UnitEntry | null | string => {
      if (anchor.has(code)) return anchor.get(code)!;
      const parent = inFile.get(code)?.v.parentCode ?? null;
      let result: UnitEntry | null | string;
      if (!parent) result = null;
      else if (trail.includes(parent))
        result = `đơn vị cấp trên tạo thành vòng lặp (${[...trail, parent].join(' → ')})`;
      else if (units.byCode.has(parent)) {
        const p = units.byCode.get(parent)!;
        result = p.successorId ? `đơn vị cấp trên '${parent}' đã được hợp nhất` : p;
      } else if (inFile.has(parent)) result = anchorOf(parent, [...trail, code]);
      else result = `không tìm thấy đơn vị cấp trên có mã '${parent}'`;
      anchor.set(code, result);
      return result;
    };
    const outcomes: Outcome<UnitWrite>[] = [];
    for (const [code, { row, v }] of inFile) {
      const existing = units.byCode.get(code);
      if (existing) {
        if (!hasPermission(ctx.actor, W, existing.path)) {
          errors.push(rowError(row, 'Mã đơn vị', `bạn không có quyền sửa đơn vị '${code}'`));
          continue;
        }
        const currentParent = existing.parentId ? units.codeOf(existing.parentId) : null;
        if ((currentParent ?? null) !== (v.parentCode ?? null)) {
          errors.push(
            rowError(
              row,
              'Mã đơn vị cấp trên',
              'không đổi được đơn vị cấp trên bằng tệp nhập; hãy dùng chức năng Chuyển đơn vị',
            ),
          );
          continue;
        }
        const changes = diffValues(unitColumns, { ...existing, parentCode: currentParent }, v);
        outcomes.push(
          changes
            ? { row, key: code, action: 'update', changes, write: { id: existing.id, values: v } }
            : { row, key: code, action: 'unchanged' },
        );
        continue;
      }
      if (v.parentCode === code) {
        errors.push(rowError(row, 'Mã đơn vị cấp trên', 'đơn vị không thể là cấp trên của chính nó'));
        continue;
      }
      const a = anchorOf(code);
      if (typeof a === 'string') errors.push(rowError(row, 'Mã đơn vị cấp trên', a));
      else if (!hasPermission(ctx.actor, W, a?.path ?? '/'))
        errors.push(
          rowError(
            row,
            'Mã đơn vị cấp trên',
            a
              ? `bạn không có quyền thêm đơn vị vào '${a.code}'`
              : 'chỉ quản trị hệ thống được tạo đơn vị gốc',
          ),
        );
      else outcomes.push({ row, key: code, action: 'create', write: { values: v } });
    }
    // A new unit whose parent row was rejected cannot be placed either.
    for (let dropped = true; dropped; ) {
      const placed = new Set(outcomes.map((o) => o.key));
      const orphans = outcomes.filter(
        (o) =>
          o.action === 'create' &&
          o.write!.values.parentCode &&
          !units.byCode.has(o.write!.values.parentCode) &&
          !placed.has(o.write!.values.parentCode),
      );
      dropped = orphans.length > 0;
      for (const o of orphans) {
        errors.push(
          rowError(
            o.row,
            'Mã đơn vị cấp trên',
            `đơn vị cấp trên '${o.write!.values.parentCode}' ở dòng có lỗi`,
          ),
        );
        outcomes.splice(outcomes.indexOf(o), 1);
      }
    }
    return { outcomes, errors };
  },

  async write(env, outcomes) {
    const { q, units } = env;
    const audits: AuditInput[] = [];
    const updates = outcomes.filter((o) => o.action === 'update');
    if (updates.length) {
      const json = JSON.stringify(
        updates.map(({ write: w }) => [
          w!.id,
          w!.values.name,
          w!.values.shortName,
          w!.values.kind,
          w!.values.level,
          w!.values.validFrom,
          w!.values.validTo,
          toSearchText(`${w!.values.name} ${w!.values.shortName ?? ''}`),
        ]),
      );
      await q.execute(sql`update unit u set name = r.v->>1, short_name = r.v->>2, kind = r.v->>3, level = r.v->>4,
          valid_from = (r.v->>5)::date, valid_to = (r.v->>6)::date, search_name = r.v->>7,
          updated_at = ${env.nowIso}::timestamptz, version = u.version + 1
        from jsonb_array_elements(${json}::jsonb) as r(v) where u.id = (r.v->>0)::int`);
      for (const o of updates) {
        const u = units.byId.get(o.write!.id!)!;
        units.add({ ...u, ...o.write!.values });
        audits.push({
          action: 'unit.import.update',
          entityType: 'unit',
          entityId: u.id,
          unitPath: u.path,
          before: Object.fromEntries(Object.entries(o.changes!).map(([k, c]) => [k, c.from])),
          after: Object.fromEntries(Object.entries(o.changes!).map(([k, c]) => [k, c.to])),
        });
      }
    }
    // New units level by level: a parent gets its id (and path) before its children.
    let pending = outcomes.filter((o) => o.action === 'create').map((o) => o.write!.values);
    while (pending.length) {
      const ready = pending.filter((v) => !v.parentCode || units.byCode.has(v.parentCode));
      pending = pending.filter((v) => !ready.includes(v));
      if (!ready.length) throw new Error('units import: unplaceable parent');
      const ids = await rowsOf<{ id: number }>(
        q,
        sql`select nextval(pg_get_serial_sequence('unit', 'id'))::int as id from generate_series(1, ${ready.length})`,
      );
      const created: UnitEntry[] = ready.map((v, i) => {
        const parent = v.parentCode ? units.byCode.get(v.parentCode)! : null;
        const id = ids[i]!.id;
        const { parentCode: _p, ...rest } = v;
        return {
          ...rest,
          id,
          parentId: parent?.id ?? null,
          path: `${parent?.path ?? '/'}${id}/`,
          successorId: null,
        };
      });
      const json = JSON.stringify(
        created.map((u) => [
          u.id,
          u.code,
          u.name,
          u.shortName,
          u.kind,
          u.level,
          u.parentId,
          u.path,
          toSearchText(`${u.name} ${u.shortName ?? ''}`),
          u.validFrom,
          u.validTo,
        ]),
      );
      await q.execute(sql`insert into unit (id, code, name, short_name, kind, level, parent_id, path, search_name,
          valid_from, valid_to, created_at, updated_at)
        select (r.v->>0)::int, r.v->>1, r.v->>2, r.v->>3, r.v->>4, r.v->>5, (r.v->>6)::int, r.v->>7, r.v->>8,
               (r.v->>9)::date, (r.v->>10)::date, ${env.nowIso}::timestamptz, ${env.nowIso}::timestamptz
          from jsonb_array_elements(${json}::jsonb) as r(v)`);
      for (const u of created) {
        units.add(u);
        audits.push({
          action: 'unit.import.create',
          entityType: 'unit',
          entityId: u.id,
          unitPath: u.path,
          after: u,
        });
      }
    }
    return audits;
  },

  async *exportRows(q, scope) {
    const rows = await rowsOf<Record<string, unknown>>(
      q,
      sql`select u.code, u.name, u.short_name as "shortName", u.kind, u.level, p.code as "parentCode",
                 u.valid_from::text as "validFrom", u.valid_to::text as "validTo"
            from unit u left join unit p on p.id = u.parent_id
           where (${scope.on(sql`u.path`)}) order by u.path`,
    );
    yield rows;
  },
};

export const unitsKind: KindSpec = {
  kind: 'units',
  title: 'Đơn vị',
  sheets: [unitsSheet as SheetSpec],
  notes: [
    'Mỗi dòng là một đơn vị. Đơn vị có sẵn (cùng Mã đơn vị) được cập nhật tên, loại hình, cấp, hiệu lực.',
  ],
};
