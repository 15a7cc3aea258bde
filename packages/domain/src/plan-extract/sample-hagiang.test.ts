import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';

// Expectations written by hand from fixtures/hagiang-2020-khoi-giao-uoc-thi-dua.txt (news of an
// emulation bloc's conference: a slogan, a goal statement, cited movements and directive; no issuer).
const raw = readFileSync(
  new URL('./fixtures/hagiang-2020-khoi-giao-uoc-thi-dua.txt', import.meta.url),
  'utf8',
);
const draft = extractMovementDraft(raw);

describe('sample: Hà Giang 2020, khối giao ước thi đua', () => {
  it('knows a plan was adopted but not who issued it, nor its number or date', () => {
    expect(draft.documentKind?.value).toBe('plan');
    expect(draft.documentKind?.source.sentence).toMatch(/^Hội nghị đã thông qua kế hoạch/);
    // "do Ban Tổ chức – Nội vụ tỉnh … xây dựng" says who drafted it, not who issued it.
    expect(draft.issuer).toBeNull();
    expect(draft.planNumber).toBeNull();
    expect(draft.planDate).toBeNull();
    expect(draft.publishedDate?.value).toBe('2020-02-14');
  });

  it('reads the slogan, and no name, kind, theme or time span', () => {
    expect(draft.slogan?.value).toBe(
      'Đổi mới, sáng tạo, đoàn kết, trách nhiệm, đột phá, nâng cao chất lượng, hiệu quả thực hiện nhiệm vụ',
    );
    expect(draft.name).toBeNull();
    expect(draft.kind).toBeNull();
    expect(draft.theme).toBeNull();
    expect(draft.timeSpan).toBeNull();
    expect(draft.participants).toBeNull();
  });

  it('reads the goal stated after "xác định mục tiêu", ending at its sentence', () => {
    expect(draft.goals).toHaveLength(1);
    expect(draft.goals[0]?.value).toMatch(
      /^mục tiêu công tác thi đua, khen thưởng nhằm rèn luyện, bồi dưỡng/,
    );
    expect(draft.goals[0]?.value).toMatch(/tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X$/);
  });

  it('lists the quoted thematic movements but not the directive title “Nói đi đôi với làm”', () => {
    expect(draft.referencedMovements.map((m) => m.value)).toEqual([
      { name: 'Chung tay vì người nghèo – không để ai bị bỏ lại phía sau', launchedBy: null },
      { name: 'Xây dựng Nông thôn mới', launchedBy: null },
    ]);
  });

  it('cites Chỉ thị 03 of the standing committee', () => {
    expect(draft.referencedDocuments.map((d) => d.value)).toEqual([
      { kind: 'directive', number: '03', date: null, issuer: 'BTV Tỉnh ủy' },
    ]);
  });

  it('has no agency assignments and no dated milestones ("Chiều 14.2" has no year)', () => {
    expect(draft.assignedAgencies).toEqual([]);
    expect(draft.milestones).toEqual([]);
  });

  it('drops the photo credit and the repeated caption', () => {
    expect(draft.text).not.toMatch(/Tin, ảnh/);
    expect(draft.text.match(/Các đơn vị thành viên trong khối ký kết giao ước thi đua\./g)).toHaveLength(1);
  });
});
