import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import { type Cell, download, readWorkbook, sheetValues, upload, xlsxOf } from './test-xlsx.ts';

const PEOPLE_HEADER = [
  'Họ và tên *',
  'Ngày sinh',
  'Giới tính *',
  'Số CCCD',
  'Dân tộc',
  'Mã đơn vị *',
  'Chức vụ',
  'Chức vụ lãnh đạo',
  'Đối tượng *',
  'Trực tiếp lao động, công tác',
];
const person = (
  name: string,
  birth: string,
  sex: string,
  cccd: string | null,
  unit: string,
  position = 'Chuyên viên',
): Cell[] => [name, birth, sex, cccd, 'Kinh', unit, position, null, 'Công chức', 'Không'];
const peopleFile = (...rows: Cell[][]) => xlsxOf({ 'Cá nhân': [PEOPLE_HEADER, ...rows] });

let t: TestContext;
let admin: TestClient;
let officerA: TestClient;
let unitA: { id: number; path: string };
let unitA2: { id: number };

beforeAll(async () => {
  t = await createTestContext();
  const root = await t.factories.unit({ name: 'UBND tỉnh Hồng Lam', code: 'HL' });
  unitA = await t.factories.unit({ name: 'Sở Nội vụ', parentId: root.id, code: 'SNV' });
  unitA2 = await t.factories.unit({ name: 'Phòng Thi đua', parentId: unitA.id, code: 'SNV-TD' });
  await t.factories.unit({ name: 'Sở Tài chính', parentId: root.id, code: 'STC' });
  admin = await t.actingAs('admin', root.id);
  officerA = await t.actingAs('unit_officer', unitA.id);
});
afterAll(() => t.close());

const countPeople = async (like: string) =>
  Number(
    (await t.database.query<{ n: string }>(`select count(*) n from person where full_name like $1`, [like]))
      .rows[0]!.n,
  );

describe('templates', () => {
  it('downloads a people template with Vietnamese headers, instructions and dropdown lists', async () => {
    const wb = await readWorkbook(await download(t, officerA, '/api/v1/imports/templates/people'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cá nhân', 'Hướng dẫn', 'Danh mục']);
    expect(sheetValues(wb, 'Cá nhân')[0]).toEqual([
      ...PEOPLE_HEADER.slice(0, 6),
      'Tên đơn vị',
      ...PEOPLE_HEADER.slice(6),
    ]);
    const help = sheetValues(wb, 'Hướng dẫn').map((r) => r.join(' | '));
    expect(help.some((l) => l.includes('dd/MM/yyyy'))).toBe(true);
    expect(help).toContain(
      'Đối tượng | Có | | can_bo = Cán bộ; cong_chuc = Công chức; vien_chuc = Viên chức; nguoi_lao_dong = Người lao động; luc_luong_vu_trang = Lực lượng vũ trang; khac = Khác'.replace(
        '| |',
        '|  |',
      ),
    );
    expect(
      sheetValues(wb, 'Danh mục')
        .map((r) => r[0])
        .slice(0, 3),
    ).toEqual(['Giới tính', 'Nam', 'Nữ']);
  });

  it('has one sheet per record type in the yearly template', async () => {
    const wb = await readWorkbook(await download(t, officerA, '/api/v1/imports/templates/yearly'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Xếp loại cá nhân',
      'Xếp loại tập thể',
      'Kỷ luật',
      'Sáng kiến',
      'Nghỉ dài hạn',
      'Hướng dẫn',
      'Danh mục',
    ]);
  });
});

describe('people import: preview, all-or-nothing apply, idempotence', () => {
  const good = [
    person('Nguyễn Văn Bình', '12/03/1980', 'Nam', '001080001111', 'SNV'),
    person('trần thị  hoa', '01/07/1985', 'nữ', null, 'snv-td'),
    person('Lê Minh Châu', '20/11/1990', 'male', '001090002222', 'SNV'),
  ];

  it('lists the bad row by row and column; apply then writes nothing', async () => {
    const bad = [...good];
    bad[1] = person('Trần Thị Hoa', '31/02/1985', 'Nữ', null, 'SNV-TD');
    const res = await upload(t, officerA, 'people', await peopleFile(...bad));
    expect(res.statusCode).toBe(200);
    const job = res.json();
    expect(job).toMatchObject({
      status: 'previewed',
      counts: { total: 3, create: 2, update: 0, unchanged: 0, errors: 1 },
    });
    expect(job.errors).toEqual([
      {
        row: 3,
        column: 'Ngày sinh',
        message: "Dòng 3, cột Ngày sinh: ngày không hợp lệ '31/02/1985' (định dạng dd/MM/yyyy)",
      },
    ]);
    const apply = await officerA.post(`/api/v1/imports/${job.id}/apply`);
    expect(apply.statusCode).toBe(422);
    expect(apply.json().error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await countPeople('Nguyễn Văn Bình')).toBe(0);
  });

  let appliedId: string;
  it('applies a clean file: people, open memberships, audit', async () => {
    const job = (await upload(t, officerA, 'people', await peopleFile(...good), 'can-bo.xlsx')).json();
    expect(job.counts).toEqual({ total: 3, create: 3, update: 0, unchanged: 0, errors: 0 });
    const res = await officerA.post(`/api/v1/imports/${job.id}/apply`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'applied', counts: { create: 3 } });
    appliedId = job.id;
    const { rows } = await t.database.query<Record<string, unknown>>(
      `select p.full_name, p.search_name, p.unit_path, p.sex, m.to_date, m.unit_id = p.unit_id as same
         from person p join person_membership m on m.person_id = p.id where p.full_name in ('Trần Thị Hoa', 'Nguyễn Văn Bình')
        order by p.full_name`,
    );
    expect(rows).toEqual([
      {
        full_name: 'Nguyễn Văn Bình',
        search_name: 'nguyen van binh',
        unit_path: unitA.path,
        sex: 'male',
        to_date: null,
        same: true,
      },
      {
        full_name: 'Trần Thị Hoa',
        search_name: 'tran thi hoa',
        unit_path: `${unitA.path}${unitA2.id}/`,
        sex: 'female',
        to_date: null,
        same: true,
      },
    ]);
    const audit = await t.database.query<{ action: string; n: string }>(
      `select action, count(*)::int n from audit_event where action in ('import.apply', 'person.import.create') group by action order by action`,
    );
    expect(audit.rows).toEqual([
      { action: 'import.apply', n: 1 },
      { action: 'person.import.create', n: 3 },
    ]);
  });

  it('refuses a second apply, and a new upload of the same file changes nothing', async () => {
    const again = await officerA.post(`/api/v1/imports/${appliedId}/apply`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('IMPORT_ALREADY_APPLIED');
    const job = (await upload(t, officerA, 'people', await peopleFile(...good))).json();
    expect(job.counts).toEqual({ total: 3, create: 0, update: 0, unchanged: 3, errors: 0 });
    expect((await officerA.post(`/api/v1/imports/${job.id}/apply`)).json().counts.create).toBe(0);
    expect(await countPeople('Nguyễn Văn Bình')).toBe(1);
  });

  it('updates changed fields and moves a person: the old membership closes, a new one opens', async () => {
    const moved = [...good];
    moved[0] = person('Nguyễn Văn Bình', '12/03/1980', 'Nam', '001080001111', 'SNV-TD', 'Phó Trưởng phòng');
    const job = (await upload(t, officerA, 'people', await peopleFile(...moved))).json();
    expect(job.counts).toMatchObject({ create: 0, update: 1, unchanged: 2 });
    expect(job.changes).toEqual([
      {
        row: 2,
        action: 'update',
        key: 'cccd:001080001111',
        changes: {
          'Mã đơn vị': { from: 'SNV', to: 'SNV-TD' },
          'Chức vụ': { from: 'Chuyên viên', to: 'Phó Trưởng phòng' },
        },
      },
    ]);
    expect((await officerA.post(`/api/v1/imports/${job.id}/apply`)).statusCode).toBe(200);
    const { rows } = await t.database.query<{ unit_id: number; to_date: string | null }>(
      `select m.unit_id, m.to_date::text from person_membership m join person p on p.id = m.person_id
        where p.id_number = '001080001111' order by m.id`,
    );
    expect(rows).toEqual([
      { unit_id: unitA.id, to_date: '2026-03-15' },
      { unit_id: unitA2.id, to_date: null },
    ]);
  });

  it('flags keys repeated within the file and people outside the actor scope', async () => {
    const job = (
      await upload(
        t,
        officerA,
        'people',
        await peopleFile(
          person('Phạm Văn Một', '01/01/1991', 'Nam', '001091000001', 'SNV'),
          person('Phạm Văn Hai', '01/01/1992', 'Nam', '001091000001', 'SNV'),
          person('Đỗ Văn Ba', '01/01/1993', 'Nam', null, 'STC'),
          person('Đỗ Văn Bốn', '01/01/1994', 'Nam', null, 'KHONGCO'),
        ),
      )
    ).json();
    expect(job.counts).toMatchObject({ total: 4, create: 1, errors: 3 });
    expect(job.errors.map((e: { message: string }) => e.message)).toEqual([
      'Dòng 3: trùng khóa với dòng 2 trong tệp',
      "Dòng 4, cột Mã đơn vị: đơn vị 'STC' nằm ngoài phạm vi bạn được nhập dữ liệu",
      "Dòng 5, cột Mã đơn vị: không tìm thấy đơn vị có mã 'KHONGCO'",
    ]);
  });

  it('shows a job only to its uploader or an administrator', async () => {
    const other = await t.actingAs('unit_officer', unitA.id);
    expect((await other.get(`/api/v1/imports/${appliedId}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/imports/${appliedId}`)).json().status).toBe('applied');
  });
});

describe('bad files', () => {
  it('rejects a text file renamed .xlsx, and an xlsx with another extension', async () => {
    const txt = await upload(
      t,
      officerA,
      'people',
      Buffer.from('Họ và tên;Ngày sinh\nAn;01/01/1990'),
      'danh-sach.xlsx',
    );
    expect(txt.statusCode).toBe(400);
    expect(txt.json().error.code).toBe('IMPORT_INVALID_FILE');
    const csv = await upload(t, officerA, 'people', await peopleFile(), 'danh-sach.csv');
    expect(csv.json().error.code).toBe('IMPORT_INVALID_FILE');
    const zip = await upload(
      t,
      officerA,
      'people',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
      'hong.xlsx',
    );
    expect(zip.statusCode).toBe(400);
    expect(zip.json().error.code).toBe('IMPORT_INVALID_FILE');
  });

  it('names missing and unknown columns in Vietnamese', async () => {
    const header = ['Tên', ...PEOPLE_HEADER.slice(1)];
    const res = await upload(t, officerA, 'people', await xlsxOf({ 'Cá nhân': [header] }));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code, JSON.stringify(error)).toBe('IMPORT_WRONG_HEADERS');
    expect(error.message).toBe(
      'Tệp Excel không đúng mẫu (trang "Cá nhân"): thiếu cột "Họ và tên"; cột không có trong mẫu "Tên".',
    );
    expect(error.details).toMatchObject({ missing: ['Họ và tên'], unknown: ['Tên'] });
  });
});

describe('export → import round trip', () => {
  it('re-imports an exported people file unchanged', async () => {
    const bytes = await download(t, officerA, `/api/v1/exports/people?unitId=${unitA.id}`);
    const wb = await readWorkbook(bytes);
    expect(sheetValues(wb, 'Cá nhân').length).toBe(4);
    const job = (await upload(t, officerA, 'people', bytes, 'xuat.xlsx')).json();
    expect(job.counts).toEqual({ total: 3, create: 0, update: 0, unchanged: 3, errors: 0 });
  });

  it('imports yearly records, awards and units, then round-trips each export', async () => {
    const yearly = await xlsxOf({
      'Xếp loại cá nhân': [
        ['Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Năm *', 'Xếp loại', 'Ghi chú'],
        ['001080001111', null, null, null, 2024, 'HTXS', null],
        [null, 'Trần Thị Hoa', '01/07/1985', 'SNV-TD', 2024, 'Hoàn thành tốt nhiệm vụ', 'đạt'],
        [null, 'Không Có Ai', '01/07/1985', 'SNV', 2024, 'HT', null],
      ],
      'Kỷ luật': [
        [
          'Số CCCD',
          'Họ và tên',
          'Ngày sinh',
          'Mã đơn vị',
          'Hình thức kỷ luật',
          'Từ ngày',
          'Đến ngày',
          'Số quyết định',
          'Lý do',
        ],
        ['001090002222', null, null, null, 'Khiển trách', '01/06/2024', '01/01/2024', '12/QĐ', null],
      ],
    });
    const bad = (await upload(t, admin, 'yearly', yearly)).json();
    expect(bad.counts).toMatchObject({ total: 4, create: 2, errors: 2 });
    expect(bad.errors.map((e: { message: string }) => e.message)).toEqual([
      'Trang "Xếp loại cá nhân", dòng 4: không tìm thấy cá nhân (Không Có Ai)',
      'Trang "Kỷ luật", dòng 2, cột Đến ngày: phải sau hoặc bằng Từ ngày',
    ]);
    const fixed = await xlsxOf({
      'Xếp loại cá nhân': [
        ['Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Năm *', 'Xếp loại', 'Ghi chú'],
        ['001080001111', null, null, null, 2024, 'HTXS', null],
        [null, 'Trần Thị Hoa', '01/07/1985', 'SNV-TD', 2024, 'Hoàn thành tốt nhiệm vụ', 'đạt'],
      ],
      'Xếp loại tập thể': [
        ['Mã đơn vị', 'Năm', 'Xếp loại', 'Ghi chú'],
        ['SNV', 2024, 'HTXS', null],
      ],
    });
    const ok = (await upload(t, admin, 'yearly', fixed)).json();
    expect(ok.counts).toMatchObject({ create: 3, errors: 0 });
    expect((await admin.post(`/api/v1/imports/${ok.id}/apply`)).statusCode).toBe(200);

    const awards = await xlsxOf({
      'Khen thưởng': [
        [
          'Mã đơn vị',
          'Số CCCD',
          'Họ và tên',
          'Ngày sinh',
          'Mã danh hiệu, hình thức',
          'Loại hình khen thưởng',
          'Năm',
          'Số quyết định',
          'Ngày quyết định',
          'Cơ quan ban hành',
          'Cấp ban hành',
        ],
        [
          'SNV',
          '001090002222',
          null,
          null,
          'CSTDCS',
          'regular',
          2024,
          '15/QĐ-UBND',
          '20/01/2025',
          'UBND tỉnh',
          'Chủ tịch UBND tỉnh',
        ],
        ['SNV', null, null, null, 'TTLDXS', 'Thường xuyên (công trạng)', 2024, null, null, null, 'province'],
      ],
    });
    const aw = (await upload(t, admin, 'awards', awards)).json();
    expect(aw.counts).toMatchObject({ create: 2, errors: 0 });
    expect((await admin.post(`/api/v1/imports/${aw.id}/apply`)).statusCode).toBe(200);

    for (const kind of ['units', 'people', 'yearly', 'awards'] as const) {
      const bytes = await download(t, admin, `/api/v1/exports/${kind}`);
      const job = (await upload(t, admin, kind, bytes, `${kind}.xlsx`)).json();
      expect({ kind, ...job.counts }).toMatchObject({ kind, create: 0, update: 0, errors: 0 });
      expect(job.counts.unchanged).toBeGreaterThan(0);
    }
  });

  it('creates units whose parent comes later in the file; officers may not import units', async () => {
    const file = await xlsxOf({
      'Đơn vị': [
        [
          'Mã đơn vị',
          'Tên đơn vị',
          'Tên viết tắt',
          'Loại hình',
          'Cấp',
          'Mã đơn vị cấp trên',
          'Hiệu lực từ ngày',
          'Hiệu lực đến ngày',
        ],
        ['XA-AN-THON1', 'Thôn 1', null, 'village', 'Thôn, tổ dân phố', 'XA-AN', null, null],
        ['XA-AN', 'UBND xã An Bình', null, 'Xã, phường, đặc khu', 'commune', 'HL', '01/07/2025', null],
      ],
    });
    expect((await upload(t, officerA, 'units', file)).statusCode).toBe(403);
    const job = (await upload(t, admin, 'units', file)).json();
    expect(job.counts).toMatchObject({ create: 2, errors: 0 });
    expect((await admin.post(`/api/v1/imports/${job.id}/apply`)).statusCode).toBe(200);
    const { rows } = await t.database.query<{ code: string; path: string; parent: string }>(
      `select u.code, u.path, p.code parent from unit u join unit p on p.id = u.parent_id where u.code like 'XA-AN%' order by u.code`,
    );
    expect(rows.map((r) => [r.code, r.parent])).toEqual([
      ['XA-AN', 'HL'],
      ['XA-AN-THON1', 'XA-AN'],
    ]);
    expect(rows[1]!.path.startsWith(rows[0]!.path)).toBe(true);
  });
});
