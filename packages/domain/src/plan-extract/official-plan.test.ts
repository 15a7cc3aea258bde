import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';

// A plan in the official layout (as a .docx converts to text), written for this test: header, number,
// place and date, title, cited documents, headings with bullets, agency sections with deadlines.
const PLAN = `ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
Số: 12/KH-UBND
Hậu Giang, ngày 05 tháng 3 năm 2021
KẾ HOẠCH
Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025
Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;
Căn cứ Quyết định số 1720/QĐ-TTg ngày 03/10/2016 của Thủ tướng Chính phủ;
I. MỤC ĐÍCH, YÊU CẦU
Phong trào thi đua được tổ chức với chủ đề “Nông thôn mới, cuộc sống mới” và khẩu hiệu “Cả tỉnh chung sức”.
II. MỤC TIÊU
- 100% xã đạt chuẩn nông thôn mới.
- 30% xã đạt chuẩn nông thôn mới nâng cao.
III. ĐỐI TƯỢNG, THỜI GIAN
Đối tượng tham gia:
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường, thị trấn;
- Hộ gia đình và cá nhân trên địa bàn tỉnh.
Thời gian thực hiện: từ ngày ký ban hành đến hết năm 2025.
IV. SƠ KẾT, TỔNG KẾT
Sơ kết vào tháng 6/2023; tổng kết vào quý IV/2025.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ:
- Chủ trì, hướng dẫn, theo dõi phong trào.
- Tổng hợp, báo cáo UBND tỉnh trước ngày 15/11/2025.
2. Sở Nông nghiệp và Phát triển nông thôn phối hợp Sở Nội vụ xây dựng bộ tiêu chí, hoàn thành trước ngày 30/4/2021.`;

const draft = extractMovementDraft(PLAN);

describe('official plan layout', () => {
  it('reads the header: issuer over two lines, number, place and date, kind', () => {
    expect(draft.issuer?.value).toBe('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG');
    expect(draft.issuer?.source.sentence).toBe('ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG');
    expect(draft.planNumber?.value).toBe('12/KH-UBND');
    expect(draft.planDate?.value).toBe('2021-03-05');
    expect(draft.documentKind?.value).toBe('plan');
    expect(draft.publishedDate).toBeNull();
  });

  it('reads the quoted name from the subject line, theme and slogan, and the period', () => {
    expect(draft.name?.value).toBe('Chung sức xây dựng nông thôn mới');
    expect(draft.theme?.value).toBe('Nông thôn mới, cuộc sống mới');
    expect(draft.slogan?.value).toBe('Cả tỉnh chung sức');
    expect(draft.kind).toBeNull();
    expect(draft.timeSpan?.value).toEqual({
      from: { kind: 'relative', anchor: 'issue' },
      to: { kind: 'date', date: { precision: 'year', year: 2025 } },
    });
  });

  it('reads cited documents but not its own number', () => {
    expect(draft.referencedDocuments.map((d) => d.value)).toEqual([
      { kind: 'law', number: '06/2022/QH15', date: '2022-06-15', issuer: null },
      { kind: 'decision', number: '1720/QĐ-TTg', date: '2016-10-03', issuer: 'Thủ tướng Chính phủ' },
    ]);
    expect(draft.referencedMovements).toEqual([]);
  });

  it('reads goals under the heading and participants from bullet lines', () => {
    expect(draft.goals.map((g) => g.value)).toEqual([
      '100% xã đạt chuẩn nông thôn mới',
      '30% xã đạt chuẩn nông thôn mới nâng cao',
    ]);
    expect(draft.participants?.value).toEqual({
      groups: [
        'Các sở, ban, ngành tỉnh',
        'UBND các xã, phường, thị trấn',
        'Hộ gia đình và cá nhân trên địa bàn tỉnh',
      ],
      kinds: ['agency', 'commune', 'household', 'individual'],
    });
  });

  it('reads interim and final reviews with partial dates', () => {
    expect(draft.milestones.map((m) => [m.value.kind, m.value.date])).toEqual([
      ['interim', { precision: 'month', year: 2023, month: 6 }],
      ['final', { precision: 'quarter', year: 2025, quarter: 4 }],
    ]);
  });

  it('reads agency sections with bullet tasks and deadlines', () => {
    expect(draft.assignedAgencies.map((a) => a.value)).toEqual([
      {
        agency: 'Sở Nội vụ',
        task: '- Chủ trì, hướng dẫn, theo dõi phong trào.\n- Tổng hợp, báo cáo UBND tỉnh trước ngày 15/11/2025',
        dueDate: { precision: 'day', year: 2025, month: 11, day: 15 },
      },
      {
        agency: 'Sở Nông nghiệp và Phát triển nông thôn',
        task: 'phối hợp Sở Nội vụ xây dựng bộ tiêu chí, hoàn thành trước ngày 30/4/2021',
        dueDate: { precision: 'day', year: 2021, month: 4, day: 30 },
      },
    ]);
  });
});
