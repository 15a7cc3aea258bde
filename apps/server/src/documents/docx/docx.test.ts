import { describe, expect, it } from 'vitest';
import { renderAchievementReport, renderSubmissionLetter } from './index.ts';
import { MOTTO, NATIONAL_NAME, placeDateLine } from './official-layout.ts';
import { docxParagraphs, docxPart, docxTables, docxText } from './read-docx.ts';
import type { AchievementReportInput, OfficialHeader, SubmissionLetterInput } from './types.ts';

const header: OfficialHeader = {
  parentAgency: 'UBND TỈNH HỒNG LAM',
  agency: 'Sở Giáo dục và Đào tạo',
  numberLine: 'Số: 15/TTr-SGDĐT',
  place: 'Hồng Lam',
  date: '2026-12-05',
  year: 2026,
};

const letter: SubmissionLetterInput = {
  header,
  templateLabel: 'Mẫu số 01 – Nghị định số 152/2025/NĐ-CP',
  subject: 'Về việc đề nghị tặng danh hiệu thi đua và hình thức khen thưởng năm 2025',
  addressee: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
  basis: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
  ],
  body: 'Sở Giáo dục và Đào tạo đề nghị xét tặng cho các tập thể, cá nhân sau:\n\nThành tích được nêu tóm tắt dưới đây.',
  nominees: [
    {
      name: 'Nguyễn Thị Ánh Tuyết',
      subjectKind: 'individual',
      position: 'Tổ trưởng chuyên môn',
      unitName: 'Trường THPT Chuyên Hồng Lam',
      targetName: 'Chiến sĩ thi đua cấp tỉnh',
      achievement: 'Sáng kiến “Đổi mới dạy học Toán” được công nhận cấp tỉnh.',
    },
    {
      name: 'Trương Văn Ửng',
      subjectKind: 'individual',
      position: null,
      unitName: 'Công ty TNHH Xây dựng & Thương mại <Hồng Phát>',
      targetName: 'Bằng khen của Chủ tịch UBND tỉnh',
      achievement: null,
    },
    {
      name: 'Đặng Quốc Hưng',
      subjectKind: 'individual',
      position: 'Phó Hiệu trưởng',
      unitName: 'Trường THCS Lê Quý Đôn',
      targetName: 'Chiến sĩ thi đua cấp tỉnh',
      achievement: 'Chỉ đạo đơn vị đạt chuẩn quốc gia mức độ 2.',
    },
    {
      name: 'Tổ Toán – Tin học',
      subjectKind: 'collective',
      position: null,
      unitName: 'Trường THPT Chuyên Hồng Lam',
      targetName: 'Tập thể lao động xuất sắc',
      achievement: null,
    },
  ],
  signer: { title: 'KT. Giám đốc\nPhó Giám đốc', name: 'Lê Thị Hoài Thương' },
  recipients: ['Như trên;', 'Ban Thi đua – Khen thưởng tỉnh;', 'Lưu: VT, VP.'],
};

const individualReport: AchievementReportInput = {
  header: {
    ...header,
    parentAgency: 'SỞ GD&ĐT HỒNG LAM',
    agency: 'Trường THPT Chuyên Hồng Lam',
    numberLine: '',
  },
  templateLabel: 'Mẫu số 05 – Nghị định số 152/2025/NĐ-CP',
  targetName: 'Chiến sĩ thi đua cấp tỉnh',
  year: 2025,
  subject: {
    kind: 'individual',
    fullName: 'Nguyễn Thị Ánh Tuyết',
    birthDate: '1985-09-05',
    sex: 'female',
    ethnicity: 'Kinh',
    position: 'Tổ trưởng chuyên môn',
    unitName: 'Trường THPT Chuyên Hồng Lam',
  },
  achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao.\nBồi dưỡng đội tuyển đạt 2 giải Nhì quốc gia.',
  ratings: [
    { year: 2025, label: 'Hoàn thành xuất sắc nhiệm vụ' },
    { year: 2023, label: 'Hoàn thành xuất sắc nhiệm vụ' },
    { year: 2024, label: 'Hoàn thành tốt nhiệm vụ' },
  ],
  initiatives: [
    {
      title: 'Đổi mới dạy học Toán theo hướng phát triển năng lực',
      level: 'Cấp tỉnh',
      recognisedBy: 'Hội đồng Sáng kiến tỉnh Hồng Lam',
      date: '2025-06-20',
    },
  ],
  awards: [
    {
      year: 2024,
      name: 'Giấy khen của Giám đốc Sở',
      decisionNumber: '847/QĐ-SGDĐT',
      decisionDate: '2024-09-03',
      issuer: 'Sở Giáo dục và Đào tạo',
    },
    {
      year: 2023,
      name: 'Chiến sĩ thi đua cơ sở',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2023-08-15',
      issuer: 'UBND thành phố Hồng Lam',
    },
  ],
  signer: { title: 'Hiệu trưởng', name: 'Phạm Văn Đức' },
};

const collectiveReport: AchievementReportInput = {
  ...individualReport,
  templateLabel: 'Mẫu số 04 – Nghị định số 152/2025/NĐ-CP',
  targetName: 'Tập thể lao động xuất sắc',
  subject: {
    kind: 'collective',
    name: 'Tổ Toán – Tin học',
    parentName: 'Trường THPT Chuyên Hồng Lam',
    memberCount: 14,
  },
  achievement: null,
  ratings: [],
  initiatives: [],
  awards: [],
  signer: { title: 'Tổ trưởng', name: 'Nguyễn Thị Ánh Tuyết' },
};

/** The table whose first header cell reads `first` and which has a column `column`. */
const tableWith = (tables: string[][][], column: string) => {
  const t = tables.find((rows) => rows[0]?.includes(column));
  if (!t) throw new Error(`no table with a column '${column}'`);
  return t;
};

describe('the place-and-date line (NĐ 30: leading zero for days below 10 and months 1–2)', () => {
  it.each([
    { date: '2026-12-05', line: 'Hồng Lam, ngày 05 tháng 12 năm 2026' },
    { date: '2026-03-17', line: 'Hồng Lam, ngày 17 tháng 3 năm 2026' },
    { date: '2026-02-01', line: 'Hồng Lam, ngày 01 tháng 02 năm 2026' },
    { date: '2026-01-10', line: 'Hồng Lam, ngày 10 tháng 01 năm 2026' },
    { date: null, line: 'Hồng Lam, ngày     tháng     năm 2026' },
  ])('$date → $line', ({ date, line }) => {
    expect(placeDateLine({ place: 'Hồng Lam', date, year: 2026 })).toBe(line);
  });
});

describe('Tờ trình đề nghị khen thưởng (Mẫu số 01)', () => {
  it('is a Word package in Times New Roman on A4 with the NĐ 30 margins', async () => {
    const buf = await renderSubmissionLetter(letter);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const doc = await docxPart(buf, 'word/document.xml');
    expect(doc).not.toBeNull();
    const styles = (await docxPart(buf, 'word/styles.xml')) ?? '';
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/,
    );
    expect(doc).toContain('w:ascii="Times New Roman"');
    expect(doc).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"|<w:pgSz [^>]*w:h="16838"[^>]*w:w="11906"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(doc ?? '')?.[1] ?? '';
    expect(margins).toContain('w:top="1134"'); // 20 mm
    expect(margins).toContain('w:bottom="1134"'); // 20 mm
    expect(margins).toContain('w:left="1701"'); // 30 mm
    expect(margins).toContain('w:right="850"'); // 15 mm
  });

  it('carries the header: issuing body in upper case, national name, motto, number and date', async () => {
    const buf = await renderSubmissionLetter(letter);
    const [head] = await docxTables(buf);
    expect(head).toEqual([
      [`UBND TỈNH HỒNG LAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n`, `${NATIONAL_NAME}\n${MOTTO}\n`],
      ['Số: 15/TTr-SGDĐT', 'Hồng Lam, ngày 05 tháng 12 năm 2026'],
    ]);
    const paragraphs = await docxParagraphs(buf);
    expect(paragraphs[0]).toBe('Mẫu số 01 – Nghị định số 152/2025/NĐ-CP');
    expect(paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('states the title, subject, addressee, legal bases and body in order', async () => {
    const paragraphs = (await docxParagraphs(await renderSubmissionLetter(letter))).filter(Boolean);
    const at = (text: string) => paragraphs.indexOf(text);
    const order = [
      'TỜ TRÌNH',
      letter.subject,
      'Kính gửi: Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
      'Sở Giáo dục và Đào tạo đề nghị xét tặng cho các tập thể, cá nhân sau:',
      'Thành tích được nêu tóm tắt dưới đây.',
      'Tổng số: 3 cá nhân, 1 tập thể.',
      'Kính trình Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam xem xét, quyết định./.',
    ].map(at);
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists the nominees grouped by the title proposed, numbered within each group', async () => {
    const list = tableWith(await docxTables(await renderSubmissionLetter(letter)), 'Thành tích tóm tắt');
    expect(list).toHaveLength(1 + 3 + 4); // header, three groups, four nominees
    expect(list[0]).toEqual([
      'STT',
      'Họ và tên / Tên tập thể',
      'Chức vụ, đơn vị',
      'Danh hiệu / Hình thức đề nghị',
      'Thành tích tóm tắt',
    ]);
    expect(list.slice(1).map((r) => (r.length === 1 ? r[0] : `${r[0]} ${r[1]}`))).toEqual([
      'I. Chiến sĩ thi đua cấp tỉnh (2 cá nhân)',
      '1 Nguyễn Thị Ánh Tuyết',
      '2 Đặng Quốc Hưng',
      'II. Bằng khen của Chủ tịch UBND tỉnh (1 cá nhân)',
      '1 Trương Văn Ửng',
      'III. Tập thể lao động xuất sắc (1 tập thể)',
      '1 Tổ Toán – Tin học',
    ]);
    expect(list[2]).toEqual([
      '1',
      'Nguyễn Thị Ánh Tuyết',
      'Tổ trưởng chuyên môn, Trường THPT Chuyên Hồng Lam',
      'Chiến sĩ thi đua cấp tỉnh',
      'Sáng kiến “Đổi mới dạy học Toán” được công nhận cấp tỉnh.',
    ]);
    // No position: the unit alone. XML specials are text, not markup.
    expect(list[5]?.[2]).toBe('Công ty TNHH Xây dựng & Thương mại <Hồng Phát>');
  });

  it('ends with "Nơi nhận" on the left and the signature on the right', async () => {
    const tables = await docxTables(await renderSubmissionLetter(letter));
    const closing = tables.at(-1);
    expect(closing).toEqual([
      [
        'Nơi nhận:\n- Như trên;\n- Ban Thi đua – Khen thưởng tỉnh;\n- Lưu: VT, VP.',
        'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Thị Hoài Thương',
      ],
    ]);
  });

  it('with nobody listed shows one row "Không có", zero totals and a blank date line', async () => {
    const buf = await renderSubmissionLetter({
      ...letter,
      header: { ...header, date: null, numberLine: 'Số:      /TTr-SGDĐT' },
      nominees: [],
      signer: { title: 'GIÁM ĐỐC', name: null },
    });
    const tables = await docxTables(buf);
    expect(tableWith(tables, 'Thành tích tóm tắt').slice(1)).toEqual([['Không có']]);
    const text = await docxText(buf);
    expect(text).toContain('Tổng số: 0 cá nhân, 0 tập thể.');
    expect(tables[0]?.[1]).toEqual(['Số:      /TTr-SGDĐT', 'Hồng Lam, ngày     tháng     năm 2026']);
    expect(tables.at(-1)?.[0]?.[1]).toBe('GIÁM ĐỐC\n');
  });

  it('counts households only when there are some', async () => {
    const buf = await renderSubmissionLetter({
      ...letter,
      nominees: [
        ...letter.nominees,
        {
          name: 'Hộ ông Lý Văn Phúc',
          subjectKind: 'household',
          position: null,
          unitName: 'Thôn Đông, xã Yên Hòa',
          targetName: 'Gia đình văn hóa',
          achievement: null,
        },
      ],
    });
    expect(await docxText(buf)).toContain('Tổng số: 3 cá nhân, 1 tập thể, 1 hộ gia đình.');
  });
});

describe('Báo cáo thành tích', () => {
  it('of an individual (Mẫu số 05): biography, ratings by year, initiatives, awards', async () => {
    const buf = await renderAchievementReport(individualReport);
    const paragraphs = await docxParagraphs(buf);
    expect(paragraphs[0]).toBe('Mẫu số 05 – Nghị định số 152/2025/NĐ-CP');
    for (const line of [
      'BÁO CÁO THÀNH TÍCH',
      'Đề nghị tặng: Chiến sĩ thi đua cấp tỉnh năm 2025',
      'I. SƠ LƯỢC LÝ LỊCH',
      '- Họ và tên: Nguyễn Thị Ánh Tuyết',
      '- Sinh ngày, tháng, năm: 05/09/1985',
      '- Giới tính: Nữ',
      '- Dân tộc: Kinh',
      '- Chức vụ: Tổ trưởng chuyên môn',
      '- Đơn vị công tác: Trường THPT Chuyên Hồng Lam',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      'Hoàn thành xuất sắc nhiệm vụ được giao.',
      'Bồi dưỡng đội tuyển đạt 2 giải Nhì quốc gia.',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
    ])
      expect(paragraphs).toContain(line);

    const tables = await docxTables(buf);
    expect(tables[0]?.[0]).toEqual([
      'SỞ GD&ĐT HỒNG LAM\nTRƯỜNG THPT CHUYÊN HỒNG LAM\n',
      `${NATIONAL_NAME}\n${MOTTO}\n`,
    ]);
    expect(tableWith(tables, 'Kết quả đánh giá, xếp loại')).toEqual([
      ['Năm', 'Kết quả đánh giá, xếp loại'],
      ['2023', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['2024', 'Hoàn thành tốt nhiệm vụ'],
      ['2025', 'Hoàn thành xuất sắc nhiệm vụ'],
    ]);
    expect(tableWith(tables, 'Tên sáng kiến, đề tài')).toEqual([
      ['STT', 'Tên sáng kiến, đề tài', 'Cấp công nhận', 'Cơ quan công nhận', 'Ngày công nhận'],
      [
        '1',
        'Đổi mới dạy học Toán theo hướng phát triển năng lực',
        'Cấp tỉnh',
        'Hội đồng Sáng kiến tỉnh Hồng Lam',
        '20/06/2025',
      ],
    ]);
    expect(tableWith(tables, 'Số quyết định')).toEqual([
      ['Năm', 'Danh hiệu / Hình thức khen thưởng', 'Số quyết định', 'Ngày ban hành', 'Cơ quan ban hành'],
      ['2023', 'Chiến sĩ thi đua cơ sở', '125/QĐ-UBND', '15/08/2023', 'UBND thành phố Hồng Lam'],
      ['2024', 'Giấy khen của Giám đốc Sở', '847/QĐ-SGDĐT', '03/09/2024', 'Sở Giáo dục và Đào tạo'],
    ]);
    expect(tables.at(-1)).toEqual([
      [
        'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ\nHIỆU TRƯỞNG\n(Ký, đóng dấu)',
        'NGƯỜI BÁO CÁO THÀNH TÍCH\n(Ký, ghi rõ họ và tên)',
      ],
      ['Phạm Văn Đức', 'Nguyễn Thị Ánh Tuyết'],
    ]);
  });

  it('of a collective (Mẫu số 04 [D]): characteristics, "Không có" for empty lists', async () => {
    const buf = await renderAchievementReport(collectiveReport);
    const paragraphs = await docxParagraphs(buf);
    expect(paragraphs[0]).toBe('Mẫu số 04 – Nghị định số 152/2025/NĐ-CP');
    for (const line of [
      'Đề nghị tặng: Tập thể lao động xuất sắc năm 2025',
      'I. ĐẶC ĐIỂM, TÌNH HÌNH',
      '- Tên tập thể: Tổ Toán – Tin học',
      '- Cơ quan chủ quản: Trường THPT Chuyên Hồng Lam',
      '- Số thành viên: 14',
      'Không có',
    ])
      expect(paragraphs).toContain(line);
    expect(paragraphs).not.toContain('I. SƠ LƯỢC LÝ LỊCH');
    expect(paragraphs.join('\n')).not.toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');

    const tables = await docxTables(buf);
    for (const column of ['Kết quả đánh giá, xếp loại', 'Tên sáng kiến, đề tài', 'Số quyết định'])
      expect(tableWith(tables, column).slice(1)).toEqual([['Không có']]);
    expect(tables.at(-1)).toEqual([
      ['XÁC NHẬN CỦA CẤP TRÊN TRỰC TIẾP\n(Ký, đóng dấu)', 'TỔ TRƯỞNG\n(Ký, đóng dấu)'],
      ['', 'Nguyễn Thị Ánh Tuyết'],
    ]);
  });

  it('leaves unknown biography fields blank rather than printing "null"', async () => {
    const buf = await renderAchievementReport({
      ...individualReport,
      subject: {
        ...individualReport.subject,
        birthDate: null,
        sex: null,
        ethnicity: null,
        position: null,
      } as AchievementReportInput['subject'],
    });
    const paragraphs = await docxParagraphs(buf);
    expect(paragraphs).toContain('- Sinh ngày, tháng, năm: ');
    expect(paragraphs).toContain('- Giới tính: ');
    expect(paragraphs.join('\n')).not.toMatch(/null|undefined/);
  });
});
