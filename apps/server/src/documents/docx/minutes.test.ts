import { describe, expect, it } from 'vitest';
import { type MinutesInput, renderCouncilMinutes, shareText } from './minutes.ts';
import { docxParagraphs, docxTables } from './read-docx.ts';

const input: MinutesInput = {
  header: {
    parentAgency: 'UBND TỈNH HỒNG LAM',
    agency: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
    numberLine: 'Số:        /BB-HĐTĐKT',
    place: 'Hồng Lam',
    date: '2026-12-10',
    year: 2026,
  },
  councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
  sessionTitle: 'Phiên họp xét khen thưởng năm 2026',
  sessionDateText: 'ngày 10/12/2026',
  totalMembers: 10,
  present: 9,
  absent: 1,
  writtenOpinions: 1,
  quorumRequired: 7,
  quorumMet: true,
  members: [
    { name: 'Trần Quốc Khánh', role: 'Chủ tịch Hội đồng', attendance: 'Có mặt' },
    { name: 'Phạm Đức Thắng', role: 'Thư ký Hội đồng', attendance: 'Có mặt' },
    { name: 'Cao Xuân Trường', role: 'Ủy viên', attendance: 'Vắng mặt (có ý kiến bằng văn bản)' },
  ],
  items: [
    {
      subjectName: 'Nguyễn Thị Thu',
      targetName: 'Chiến sĩ thi đua cơ sở',
      thresholdPercent: 80,
      agree: 7,
      disagree: 2,
      writtenAgree: 1,
      writtenTotal: 1,
      totalMembers: 10,
      result: 'Đạt',
    },
    {
      subjectName: 'Lý Văn Hùng',
      targetName: 'Chiến sĩ thi đua cơ sở',
      thresholdPercent: 80,
      agree: 7,
      disagree: 2,
      writtenAgree: 0,
      writtenTotal: 1,
      totalMembers: 10,
      result: 'Không đạt',
    },
  ],
  secretary: { title: 'THƯ KÝ HỘI ĐỒNG', name: 'Phạm Đức Thắng' },
  chair: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: 'Trần Quốc Khánh' },
};

describe('council minutes (.docx)', () => {
  it.each([
    { agree: 8, total: 10, expected: '8/10 (80%)' },
    { agree: 7, total: 9, expected: '7/9 (77,8%)' },
    { agree: 0, total: 0, expected: '0/0' },
  ])('share $agree/$total → $expected', ({ agree, total, expected }) => {
    expect(shareText(agree, total)).toBe(expected);
  });

  it('reads back: title, attendance, counts per item, quorum sentence and signatures', async () => {
    const buf = await renderCouncilMinutes(input);
    const paragraphs = await docxParagraphs(buf);
    expect(paragraphs).toContain('BIÊN BẢN');
    expect(paragraphs.some((p) => p.includes('Hồng Lam, ngày 10 tháng 12 năm 2026'))).toBe(true);
    expect(
      paragraphs.some((p) => p.includes('Tổng số thành viên Hội đồng: 10; có mặt: 9; vắng mặt: 1')),
    ).toBe(true);
    expect(paragraphs.some((p) => p.includes('phiên họp hợp lệ'))).toBe(true);
    expect(paragraphs).toContain('Số đối tượng đạt: 1/2.');
    const rows = (await docxTables(buf)).flat().map((r) => r.join(' | '));
    expect(rows).toContain(
      '1 | Nguyễn Thị Thu | Chiến sĩ thi đua cơ sở | 80% | 7 | 2 | 1/1 | 8/10 (80%) | Đạt',
    );
    expect(rows).toContain(
      '2 | Lý Văn Hùng | Chiến sĩ thi đua cơ sở | 80% | 7 | 2 | 0/1 | 7/10 (70%) | Không đạt',
    );
    expect(rows).toContain('3 | Cao Xuân Trường | Ủy viên | Vắng mặt (có ý kiến bằng văn bản)');
    expect(paragraphs).toContain('Trần Quốc Khánh');
  });

  it('says when the session lacked its quorum', async () => {
    const paragraphs = await docxParagraphs(
      await renderCouncilMinutes({ ...input, present: 6, quorumMet: false }),
    );
    expect(paragraphs.some((p) => p.includes('chưa đạt tối thiểu 7/10'))).toBe(true);
  });
});
