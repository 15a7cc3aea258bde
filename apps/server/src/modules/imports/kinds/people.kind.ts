import { sexes, staffCategories } from '@vinhdanh/contracts';
import { normalizePersonName, toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import { sql } from 'drizzle-orm';
import type { AuditInput } from '../../../audit/audit.repository.ts';
import { hasPermission } from '../../../lib/policy.ts';
import { codeColumn, dateColumn, enumColumn, idNumberColumn, textColumn, yesNoColumn } from '../columns.ts';
import { findPeople, type PersonRecord } from '../person-lookup.ts';
import { diffValues, type RowError, rowError } from '../row-parser.ts';
import { auditActor } from '../import-audit.ts';
import { rowsOf, type UnitEntry } from '../unit-directory.ts';
import { claimKey, type KindSpec, type Outcome, type SheetSpec } from './kind.ts';

export const peopleColumns = [
  textColumn('fullName', 'Họ và tên', {
    required: true,
    min: 2,
    max: 200,
    transform: normalizePersonName,
    width: 28,
  }),
  dateColumn('birthDate', 'Ngày sinh'),
  enumColumn('sex', 'Giới tính', sexes, { required: true, width: 10 }),
  idNumberColumn('idNumber', 'Số CCCD', {
    note: 'Số căn cước công dân, đúng 12 chữ số; không trùng với người khác. Để trống thì giữ số đã có.',
  }),
  textColumn('ethnicity', 'Dân tộc', { max: 50, width: 12 }),
  codeColumn('unitCode', 'Mã đơn vị', {
    required: true,
    note: 'Mã của đơn vị đang công tác (xem trang Đơn vị). Đổi mã đơn vị là chuyển công tác.',
  }),
  {
    ...textColumn('unitName', 'Tên đơn vị', { width: 30 }),
    info: true,
    note: 'Chỉ để đối chiếu, không được nhập.',
  },
  textColumn('position', 'Chức vụ', { max: 200 }),
  textColumn('leadershipPost', 'Chức vụ lãnh đạo', { max: 200 }),
  enumColumn('staffCategory', 'Đối tượng', staffCategories, { required: true, width: 18 }),
  yesNoColumn('isDirectWorker', 'Trực tiếp lao động, công tác'),
];

type PersonValues = {
  fullName: string;
  birthDate: string | null;
  sex: string;
  idNumber: string | null;
  ethnicity: string | null;
  unitCode: string;
  position: string | null;
  leadershipPost: string | null;
  staffCategory: string;
  isDirectWorker: boolean;
};
interface PersonWrite {
  id?: number;
  values: PersonValues;
  searchName: string;
  unit: UnitEntry;
  moved?: boolean;
}

const asValues = (p: PersonRecord, unitCode: string | null): Record<string, unknown> => ({ ...p, unitCode });

const peopleSheet: SheetSpec<PersonWrite> = {
  name: 'Cá nhân',
  keyNote: 'Số CCCD; khi không có CCCD: Họ và tên (không phân biệt dấu, hoa thường) + Ngày sinh + Mã đơn vị.',
  notes: ['Cá nhân chưa có trong hệ thống được thêm mới; đã có thì được cập nhật theo tệp.'],
  columns: peopleColumns,

  async plan(rows, env) {
    const errors: RowError[] = [];
    const live: { row: number; v: PersonValues; unit: UnitEntry; key: string; searchName: string }[] = [];
    for (const r of rows) {
      const v = r.values as PersonValues;
      const res = env.units.resolve(env.ctx, v.unitCode, r.row, 'Mã đơn vị');
      if ('error' in res) {
        errors.push(res.error);
        continue;
      }
      const searchName = toSearchText(v.fullName);
      const key = v.idNumber
        ? `cccd:${v.idNumber}`
        : `ten:${searchName}|${v.birthDate ?? ''}|${res.unit.code}`;
      const dup = claimKey(env, key, r.row);
      if (dup) errors.push(dup);
      else live.push({ row: r.row, v, unit: res.unit, key, searchName });
    }
    const found = await findPeople(
      env.q,
      live.map((l) => ({
        idNumber: l.v.idNumber,
        searchName: l.searchName,
        birthDate: l.v.birthDate,
        unitId: l.unit.id,
      })),
    );
    const outcomes: Outcome<PersonWrite>[] = [];
    for (const [i, l] of live.entries()) {
      const m = found[i];
      if (m === 'ambiguous') {
        errors.push(
          rowError(l.row, 'Họ và tên', 'có nhiều cá nhân trùng họ tên, ngày sinh và đơn vị; hãy ghi Số CCCD'),
        );
        continue;
      }
      if (!m) {
        outcomes.push({
          row: l.row,
          key: l.key,
          action: 'create',
          write: { values: l.v, unit: l.unit, searchName: l.searchName },
        });
        continue;
      }
      if (!hasPermission(env.ctx.actor, 'import.run', m.unitPath)) {
        errors.push(
          rowError(l.row, 'Số CCCD', 'cá nhân này đang thuộc đơn vị nằm ngoài phạm vi bạn được nhập dữ liệu'),
        );
        continue;
      }
      const dup = claimKey(env, `id:${m.id}`, l.row);
      if (dup) {
        errors.push(dup);
        continue;
      }
      const after = { ...l.v, idNumber: l.v.idNumber ?? m.idNumber };
      const changes = diffValues(peopleColumns, asValues(m, env.units.codeOf(m.unitId)), after);
      if (!changes) {
        outcomes.push({ row: l.row, key: l.key, action: 'unchanged' });
        continue;
      }
      outcomes.push({
        row: l.row,
        key: l.key,
        action: 'update',
        changes,
        write: {
          id: m.id,
          values: after,
          unit: l.unit,
          searchName: l.searchName,
          moved: m.unitId !== l.unit.id,
        },
      });
    }
    return { outcomes, errors };
  },

  async write(env, outcomes) {
    const { q } = env;
    const creates = outcomes.filter((o) => o.action === 'create');
    const updates = outcomes.filter((o) => o.action === 'update');
    const record = (id: number, w: PersonWrite) => {
      const v = w.values;
      return [
        id,
        v.fullName,
        w.searchName,
        vietnameseNameSortKey(v.fullName),
        v.birthDate,
        v.sex,
        v.ethnicity,
        v.idNumber,
        v.position,
        v.leadershipPost,
        v.staffCategory,
        v.isDirectWorker,
        w.unit.id,
        w.unit.path,
      ];
    };
    const R =
      sql.raw(`(r.v->>0)::int as id, r.v->>1 as full_name, r.v->>2 as search_name, r.v->>3 as sort_key,
      (r.v->>4)::date as birth_date, r.v->>5 as sex, r.v->>6 as ethnicity, r.v->>7 as id_number, r.v->>8 as position,
      r.v->>9 as leadership_post, r.v->>10 as staff_category, (r.v->>11)::boolean as is_direct_worker,
      (r.v->>12)::int as unit_id, r.v->>13 as unit_path`);
    const audits: AuditInput[] = [];
    if (creates.length) {
      // One statement: the people, their open memberships and their audit events (ids never leave SQL).
      const json = JSON.stringify(creates.map((o) => record(0, o.write!)));
      const who = auditActor(env.ctx);
      await q.execute(sql`with r as (select ${R} from jsonb_array_elements(${json}::jsonb) as r(v)),
        ins as (insert into person (full_name, search_name, sort_key, birth_date, sex, ethnicity, id_number, position,
            leadership_post, staff_category, is_direct_worker, unit_id, unit_path, created_at, updated_at)
          select full_name, search_name, sort_key, birth_date, sex, ethnicity, id_number, position, leadership_post,
                 staff_category, is_direct_worker, unit_id, unit_path, ${env.nowIso}::timestamptz, ${env.nowIso}::timestamptz
            from r returning *),
        mem as (insert into person_membership (person_id, unit_id, from_date, position)
          select id, unit_id, ${env.today}::date, position from ins)
        insert into audit_event (occurred_at, actor_user_id, actor_name, action, entity_type, entity_id, unit_path,
            request_id, after)
        select ${env.nowIso}::timestamptz, ${who.userId}::int, ${who.name}::text, 'person.import.create', 'person',
               id::text, unit_path, ${env.ctx.requestId}::text,
               jsonb_build_object('fullName', full_name, 'birthDate', birth_date, 'sex', sex, 'idNumber', id_number,
                 'ethnicity', ethnicity, 'position', position, 'leadershipPost', leadership_post,
                 'staffCategory', staff_category, 'isDirectWorker', is_direct_worker, 'unitId', unit_id)
          from ins`);
    }
    if (updates.length) {
      const json = JSON.stringify(updates.map((o) => record(o.write!.id!, o.write!)));
      await q.execute(sql`update person p set full_name = r.full_name, search_name = r.search_name, sort_key = r.sort_key,
          birth_date = r.birth_date, sex = r.sex, ethnicity = r.ethnicity, id_number = r.id_number, position = r.position,
          leadership_post = r.leadership_post, staff_category = r.staff_category, is_direct_worker = r.is_direct_worker,
          unit_id = r.unit_id, unit_path = r.unit_path, updated_at = ${env.nowIso}::timestamptz, version = p.version + 1
        from (select ${R} from jsonb_array_elements(${json}::jsonb) as r(v)) r where p.id = r.id`);
      const moved = updates
        .filter((o) => o.write!.moved)
        .map((o) => [o.write!.id, o.write!.unit.id, o.write!.values.position]);
      if (moved.length) {
        const mj = JSON.stringify(moved);
        await q.execute(sql`update person_membership m set to_date = ${env.today}::date
          from jsonb_array_elements(${mj}::jsonb) as r(v) where m.person_id = (r.v->>0)::int and m.to_date is null`);
        await q.execute(sql`insert into person_membership (person_id, unit_id, from_date, position)
          select (r.v->>0)::int, (r.v->>1)::int, ${env.today}::date, r.v->>2 from jsonb_array_elements(${mj}::jsonb) as r(v)`);
      }
      for (const o of updates) {
        const c = o.changes!;
        audits.push({
          action: 'person.import.update',
          entityType: 'person',
          entityId: o.write!.id,
          unitPath: o.write!.unit.path,
          before: Object.fromEntries(Object.entries(c).map(([k, x]) => [k, x.from])),
          after: Object.fromEntries(Object.entries(c).map(([k, x]) => [k, x.to])),
        });
      }
    }
    return audits;
  },

  async *exportRows(q, scope) {
    let last: [string, string, number] = ['', '', 0];
    for (;;) {
      const rows = await rowsOf<Record<string, unknown> & { unitPath: string; sortKey: string; id: number }>(
        q,
        sql`select p.id, p.full_name as "fullName", p.birth_date::text as "birthDate", p.sex, p.id_number as "idNumber",
                   p.ethnicity, u.code as "unitCode", u.name as "unitName", p.position, p.leadership_post as "leadershipPost",
                   p.staff_category as "staffCategory", p.is_direct_worker as "isDirectWorker",
                   p.unit_path as "unitPath", p.sort_key as "sortKey"
              from person p join unit u on u.id = p.unit_id
             where (${scope.on(sql`p.unit_path`)}) and (p.unit_path, p.sort_key, p.id) > (${last[0]}, ${last[1]}, ${last[2]})
             order by p.unit_path, p.sort_key, p.id limit 5000`,
      );
      if (!rows.length) return;
      const end = rows[rows.length - 1]!;
      last = [end.unitPath, end.sortKey, end.id];
      yield rows;
    }
  },
};

export const peopleKind: KindSpec = {
  kind: 'people',
  title: 'Cá nhân',
  sheets: [peopleSheet as SheetSpec],
  notes: [
    'Mỗi dòng là một cá nhân. Đơn vị phải có sẵn trong hệ thống (theo Mã đơn vị) và thuộc phạm vi của bạn.',
  ],
};
