import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';

// Expectations written by hand from fixtures/caobang-2020-dot-thi-dua-dac-biet.txt (news report of a
// provincial plan launching a special emulation drive; the plan's number and date are not given).
const raw = readFileSync(
  new URL('./fixtures/caobang-2020-dot-thi-dua-dac-biet.txt', import.meta.url),
  'utf8',
);
const draft = extractMovementDraft(raw);

describe('sample: Cao Bằng 2020, đợt thi đua đặc biệt', () => {
  it('identifies the plan without inventing its number or date', () => {
    expect(draft.planNumber).toBeNull();
    expect(draft.planDate).toBeNull();
    expect(draft.publishedDate?.value).toBe('2020-02-25');
    expect(draft.issuer?.value).toBe('UBND tỉnh');
    expect(draft.documentKind?.value).toBe('plan');
  });

  it('reads the movement name from "kế hoạch phát động …" and its kind', () => {
    expect(draft.name?.value).toBe(
      'đợt thi đua đặc biệt lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, tiến tới Đại hội Đảng toàn quốc lấn thứ XIII',
    );
    expect(draft.kind?.value).toBe('campaign');
    expect(draft.theme).toBeNull();
    expect(draft.slogan).toBeNull();
  });

  it('reads the time span from the launch to September 2020', () => {
    expect(draft.timeSpan?.value).toEqual({
      from: { kind: 'relative', anchor: 'launch' },
      to: { kind: 'date', date: { precision: 'month', year: 2020, month: 9 } },
    });
    expect(draft.timeSpan?.source.sentence).toBe(
      'Thời gian thực hiện đợt thi đua từ ngày phát động đến tháng 9/2020.',
    );
  });

  it('splits participants at ";" and recognises their kinds', () => {
    expect(draft.participants?.value.groups).toEqual([
      'các sở, ban, ngành, đoàn thể, lực lượng vũ trang',
      'các huyện, Thành phố',
      'các xã, phường, thị trấn',
      'xóm, tổ dân phố',
      'các phòng, ban, đơn vị trực thuộc sở, ban, ngành, đoàn thể, huyện, Thành phố',
      'doanh nghiệp, hợp tác xã',
      'cán bộ, đảng viên, công chức, viên chức, chiến sĩ, người lao động, công nhân, hộ gia đình và nhân dân trên địa bàn tỉnh đạt tiêu chuẩn theo quy định',
    ]);
    expect(draft.participants?.value.kinds).toEqual([
      'agency',
      'mass_organisation',
      'armed_forces',
      'district',
      'commune',
      'hamlet',
      'enterprise',
      'cooperative',
      'official',
      'worker',
      'soldier',
      'household',
      'citizen',
    ]);
  });

  it('assigns tasks to Sở Nội vụ, Ban Tuyên giáo and the units, continuing over the paragraph', () => {
    const agencies = draft.assignedAgencies.map((a) => a.value);
    expect(agencies.map((a) => a.agency)).toEqual([
      'Sở Nội vụ',
      'Ban Tuyên giáo Tỉnh ủy',
      'Các cơ quan, đơn vị, địa phương, doanh nghiệp',
    ]);
    expect(agencies[0]?.task).toMatch(
      /^chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương, doanh nghiệp tổ chức/,
    );
    expect(agencies[0]?.task).toMatch(
      /thẩm định hồ sơ đề nghị Chủ tịch UBND tỉnh khen thưởng theo quy định\. Hướng dẫn/,
    );
    expect(agencies[0]?.task).toMatch(/xây dựng báo cáo tổng kết đợt thi đua trên địa bàn toàn tỉnh$/);
    expect(agencies[1]?.task).toMatch(/^chỉ đạo, định hướng .* tại hội nghị báo cáo viên cấp tỉnh$/);
    expect(agencies[2]?.task).toMatch(
      /^xây dựng kế hoạch triển khai đợt thi đua .* trong đợt thi đua theo quy định$/,
    );
    expect(agencies.every((a) => a.dueDate === null)).toBe(true);
  });

  it('finds the final review, tied to an event rather than a date', () => {
    expect(draft.milestones.map((m) => m.value)).toEqual([
      {
        kind: 'final',
        label:
          'Thời gian tổng kết đợt thi đua gắn với dịp tổ chức Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XIX, nhiệm kỳ 2020 - 2025',
        date: null,
        endDate: null,
      },
    ]);
  });

  it('leaves unstated lists empty', () => {
    expect(draft.referencedMovements).toEqual([]);
    expect(draft.referencedDocuments).toEqual([]);
    expect(draft.goals).toEqual([]);
  });

  it('drops the comment form', () => {
    expect(draft.text).not.toMatch(/bình luận|FormShield|Refresh|Số ký tự/);
  });
});
