import { describe, expect, it } from 'vitest';
import { renderDecision } from './decision.ts';
import { docxParagraphs, docxTables, docxText } from './read-docx.ts';

const input = {
  header: {
    parentAgency: null,
    agency: 'Ủy ban nhân dân tỉnh Hồng Lam',
    numberLine: 'Số: 123/QĐ-UBND',
    place: 'Hồng Lam',
    date: '2026-02-05',
    year: 2026,
  },
  subject: 'Về việc khen thưởng năm 2025',
  authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM',
  basis: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
  considering: ['Xét đề nghị của Sở Giáo dục và Đào tạo.'],
  articles: ['Tặng Bằng khen cho 2 cá nhân.', 'Tiền thưởng …', 'Thi hành./.'],
  signer: { title: 'KT. Chủ tịch\nPhó Chủ tịch', name: 'Trần Văn Ký' },
  recipients: ['Như Điều 3;', 'Lưu: VT.'],
  appendix: {
    title: 'DANH SÁCH KHEN THƯỞNG',
    subtitle: '(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/02/2026 của Chủ tịch UBND tỉnh Hồng Lam)',
    rows: [
      {
        name: 'Nguyễn Thị An',
        unitName: 'Trường THPT Vị Thanh',
        targetName: 'Bằng khen',
        amount: '3.510.000',
      },
      { name: 'Trường THPT Vị Thanh', unitName: null, targetName: 'Bằng khen', amount: '7.020.000' },
    ],
    totalLine: 'Tổng cộng: 1 cá nhân, 1 tập thể; tổng số tiền thưởng: 10.530.000 đồng.',
  },
};

describe('renderDecision', () => {
  it('lays out header, title, authority, bases, articles, signature, recipients and the appendix', async () => {
    const buf = await renderDecision(input);
    const paras = await docxParagraphs(buf);
    const at = (s: string) => paras.findIndex((p) => p.includes(s));
    // Order of the official layout.
    const order = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'QUYẾT ĐỊNH',
      'Về việc khen thưởng năm 2025',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM',
      'Căn cứ Luật Thi đua',
      'Xét đề nghị',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Bằng khen',
      'Điều 3. Thi hành',
      'Nơi nhận:',
      'DANH SÁCH KHEN THƯỞNG',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const text = await docxText(buf);
    expect(text).toContain('Số: 123/QĐ-UBND');
    expect(text).toContain('Hồng Lam, ngày 05 tháng 02 năm 2026');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('PHÓ CHỦ TỊCH');
    expect(text).toContain('Trần Văn Ký');
    const tables = await docxTables(buf);
    const list = tables.find((tb) => tb[0]?.[0] === 'STT');
    expect(list?.slice(1)).toEqual([
      ['1', 'Nguyễn Thị An', 'Trường THPT Vị Thanh', 'Bằng khen', '3.510.000'],
      ['2', 'Trường THPT Vị Thanh', '', 'Bằng khen', '7.020.000'],
    ]);
    expect(text).toContain('tổng số tiền thưởng: 10.530.000 đồng');
  });

  it('renders a revocation without an appendix', async () => {
    const buf = await renderDecision({ ...input, appendix: null });
    expect(await docxText(buf)).not.toContain('DANH SÁCH KHEN THƯỞNG');
  });
});
