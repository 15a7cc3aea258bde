import { normalizePersonName } from '@vinhdanh/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { dateColumn, idNumberColumn, textColumn } from './columns.ts';
import { rowsOf } from './unit-directory.ts';

export interface PersonRecord {
  id: number;
  fullName: string;
  birthDate: string | null;
  sex: string;
  ethnicity: string | null;
  idNumber: string | null;
  position: string | null;
  leadershipPost: string | null;
  staffCategory: string;
  isDirectWorker: boolean;
  unitId: number;
  unitPath: string;
  version: number;
}

/** How a row names a person: by CCCD, else by folded name + birth date + unit. */
export interface PersonProbe {
  idNumber: string | null;
  searchName: string;
  birthDate: string | null;
  unitId: number;
}

const PERSON_COLS =
  sql.raw(`p.id, p.full_name as "fullName", p.birth_date::text as "birthDate", p.sex, p.ethnicity,
  p.id_number as "idNumber", p.position, p.leadership_post as "leadershipPost", p.staff_category as "staffCategory",
  p.is_direct_worker as "isDirectWorker", p.unit_id as "unitId", p.unit_path as "unitPath", p.version`);

/**
 * Finds the people a chunk of rows names, with two queries whatever the chunk size: one by CCCD, one by
 * (name, birth date, unit) for the rest. A row with a CCCD unknown here may still match by name a person
 * recorded without CCCD (the file then adds it), never one recorded with another CCCD.
 */
export async function findPeople(
  q: DbOrTx,
  probes: PersonProbe[],
): Promise<(PersonRecord | 'ambiguous' | null)[]> {
  const result: (PersonRecord | 'ambiguous' | null)[] = probes.map(() => null);
  const ids = [...new Set(probes.map((p) => p.idNumber).filter((x): x is string => !!x))];
  const byId = new Map<string, PersonRecord>();
  if (ids.length) {
    const rows = await rowsOf<PersonRecord>(
      q,
      sql`select ${PERSON_COLS} from person p
           where p.id_number in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
    );
    for (const r of rows) byId.set(r.idNumber!, r);
  }
  const rest: { i: number; s: string; b: string | null; u: number; h: boolean }[] = [];
  probes.forEach((p, i) => {
    const hit = p.idNumber ? byId.get(p.idNumber) : undefined;
    if (hit) result[i] = hit;
    else if (p.searchName && p.unitId)
      rest.push({ i, s: p.searchName, b: p.birthDate, u: p.unitId, h: !!p.idNumber });
  });
  if (rest.length) {
    const rows = await rowsOf<PersonRecord & { i: number }>(
      q,
      sql`select r.i, ${PERSON_COLS}
            from jsonb_to_recordset(${JSON.stringify(rest)}::jsonb) as r(i int, s text, b date, u int, h boolean)
            join person p on p.search_name = r.s and p.unit_id = r.u and p.birth_date is not distinct from r.b
                         and (not r.h or p.id_number is null)`,
    );
    for (const { i, ...rec } of rows) result[i] = result[i] ? 'ambiguous' : rec;
  }
  return result;
}

/** The columns that name a person in the yearly and award sheets. */
export const personRefColumns = (note = '') => [
  idNumberColumn('idNumber', 'Số CCCD', {
    note: `Số căn cước công dân (12 chữ số). Có CCCD thì cá nhân được nhận diện theo CCCD. ${note}`.trim(),
  }),
  textColumn('fullName', 'Họ và tên', {
    max: 200,
    transform: normalizePersonName,
    note: 'Bắt buộc khi không có Số CCCD: cá nhân được nhận diện theo Họ và tên + Ngày sinh + Mã đơn vị.',
  }),
  dateColumn('birthDate', 'Ngày sinh', { note: 'dd/MM/yyyy; dùng để nhận diện khi không có Số CCCD.' }),
];
