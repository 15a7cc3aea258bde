import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftToMovementFields, partialDateToIso, spanBoundToIso } from './draft-to-movement.ts';
import { extractMovementDraft } from './extract-movement-draft.ts';

describe('partial dates as ISO dates with their precision', () => {
  it.each([
    [{ precision: 'day', year: 2021, month: 1, day: 13 }, '2021-01-13', 'day'],
    [{ precision: 'month', year: 2020, month: 9 }, '2020-09-01', 'month'],
    [{ precision: 'quarter', year: 2020, quarter: 1 }, '2020-01-01', 'quarter'],
    [{ precision: 'quarter', year: 2020, quarter: 4 }, '2020-10-01', 'quarter'],
    [{ precision: 'year', year: 2025 }, '2025-01-01', 'year'],
  ] as const)('%o → %s (%s)', (date, iso, precision) => {
    expect(partialDateToIso(date)).toEqual({ iso, precision });
  });

  it('gives no date for a missing one, a launch anchor or an event', () => {
    expect(partialDateToIso(null)).toBeNull();
    expect(spanBoundToIso({ kind: 'relative', anchor: 'launch' })).toBeNull();
    expect(spanBoundToIso(null)).toBeNull();
  });
});

describe('the fields an officer confirms unchanged', () => {
  it('carries a sample plan over: number, date, issuer, span as years, goals, the cited tasks', () => {
    const raw = readFileSync(
      new URL('./fixtures/haugiang-2021-phong-trao-thi-dua-yeu-nuoc.txt', import.meta.url),
      'utf8',
    );
    const draft = extractMovementDraft(raw);
    const f = draftToMovementFields(draft);
    expect(f).toMatchObject({
      name: 'phong trào thi đua yêu nước năm 2021',
      kind: null,
      planNumber: '04/KH-UBND',
      planDate: '2021-01-13',
      issuer: 'UBND tỉnh',
      fromDate: '2021-01-01',
      fromPrecision: 'year',
      toDate: '2025-01-01',
      toPrecision: 'year',
    });
    expect(f.goals).toEqual(draft.goals.map((g) => g.value));
    expect(f.tasks).toHaveLength(draft.assignedAgencies.length);
  });

  it('keeps a task due on a day as its date, and a month or quarter only in the note', () => {
    const draft = extractMovementDraft(
      [
        'KẾ HOẠCH',
        'Phát động phong trào thi đua "Chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025',
        'Sở Nội vụ chủ trì hướng dẫn các đơn vị đăng ký thi đua, hoàn thành trước ngày 15/3/2021.',
        'Sở Tài chính bố trí kinh phí khen thưởng, hoàn thành trước tháng 6/2021.',
      ].join('\n'),
    );
    const tasks = draftToMovementFields(draft).tasks;
    const byAgency = Object.fromEntries(tasks.map((t) => [t.agency, t]));
    expect(byAgency['Sở Nội vụ']).toMatchObject({ dueDate: '2021-03-15', note: null });
    expect(byAgency['Sở Tài chính']).toMatchObject({ dueDate: null, note: 'Thời hạn theo văn bản: 06/2021' });
  });
});
