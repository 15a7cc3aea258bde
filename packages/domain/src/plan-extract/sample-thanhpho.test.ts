import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';

// Expectations written by hand from fixtures/thanhpho-2019-hoi-nghi-dien-hinh-tien-tien.txt (news of
// a city plan, Kế hoạch số 156/KH-UBND ngày 15/10/2019, for exemplary-model conferences).
const raw = readFileSync(
  new URL('./fixtures/thanhpho-2019-hoi-nghi-dien-hinh-tien-tien.txt', import.meta.url),
  'utf8',
);
const draft = extractMovementDraft(raw);

describe('sample: thành phố 2019, hội nghị điển hình tiên tiến', () => {
  it('reads the plan identity', () => {
    expect(draft.planNumber?.value).toBe('156/KH-UBND');
    expect(draft.planDate?.value).toBe('2019-10-15');
    expect(draft.issuer?.value).toBe('Ủy ban nhân dân thành phố');
    expect(draft.documentKind?.value).toBe('plan');
    expect(draft.publishedDate?.value).toBe('2019-10-22');
  });

  it('knows a special drive is launched but finds no name for it', () => {
    // "phát động đợt thi đua đặc biệt, sôi nổi, sâu rộng…" describes the drive; it does not name it.
    expect(draft.name).toBeNull();
    expect(draft.kind?.value).toBe('campaign');
    expect(draft.theme).toBeNull();
    expect(draft.slogan).toBeNull();
  });

  it('reads "từ nay đến Hội nghị … lần thứ V" as a span ending at an event', () => {
    expect(draft.timeSpan?.value).toEqual({
      from: { kind: 'relative', anchor: 'issue' },
      to: { kind: 'event', label: 'Hội nghị điển hình tiên tiến thành phố lần thứ V (2020 - 2025)' },
    });
  });

  it('reads the unquoted list of key movements', () => {
    expect(draft.referencedMovements.map((m) => m.value.name)).toEqual([
      'Doanh nghiệp và Việt Nam hội nhập và phát triển',
      'cả nước chung tay vì người nghèo, không để ai bỏ lại phía sau',
      'cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    ]);
  });

  it('cites Chỉ thị 34-CT/TW with its date and issuer, not its own plan', () => {
    expect(draft.referencedDocuments.map((d) => d.value)).toEqual([
      { kind: 'directive', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ chính trị' },
    ]);
  });

  it('finds both conference milestones, one a quarter and one a day range', () => {
    expect(draft.milestones.map((m) => m.value)).toEqual([
      {
        kind: 'conference',
        label: 'Thời gian tổ chức Hội nghị điển hình tiên tiến cấp cơ sở trong quý I/2020',
        date: { precision: 'quarter', year: 2020, quarter: 1 },
        endDate: null,
      },
      {
        kind: 'conference',
        label:
          'thành phố được tỉnh chọn là điểm chỉ đạo tổ chức Hội nghị điển hình tiên tiến trong khoảng từ ngày 20/4 - 25/4/2020',
        date: { precision: 'day', year: 2020, month: 4, day: 20 },
        endDate: { precision: 'day', year: 2020, month: 4, day: 25 },
      },
    ]);
  });

  it('states no participants, agencies or goals', () => {
    expect(draft.participants).toBeNull();
    expect(draft.assignedAgencies).toEqual([]);
    expect(draft.goals).toEqual([]);
  });

  it('drops the counter digits and navigation links', () => {
    expect(draft.text).not.toMatch(
      /SỐ LƯỢT TRUY CẬP|Số lượt người xem|TIN MỚI HƠN|TIN ĐÃ ĐƯA|Xem tiếp|Xem theo ngày/,
    );
    expect(draft.text).not.toMatch(/^\d$/m);
  });
});
