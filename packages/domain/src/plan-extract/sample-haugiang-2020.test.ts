import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';

// Expectations written by hand from fixtures/haugiang-2020-lam-theo-guong-bac.txt (news of the
// provincial plan "làm theo gương Bác năm 2020", with a study theme in straight quotes).
const raw = readFileSync(new URL('./fixtures/haugiang-2020-lam-theo-guong-bac.txt', import.meta.url), 'utf8');
const draft = extractMovementDraft(raw);

describe('sample: Hậu Giang 2020, làm theo gương Bác', () => {
  it('reads the issuer from the sentence glued to the theme ("…Hồ Chí Minh".Ủy ban…)', () => {
    expect(draft.issuer?.value).toBe('Ủy ban nhân dân tỉnh Hậu Giang');
    expect(draft.issuer?.source.sentence).toMatch(/^Ủy ban nhân dân tỉnh Hậu Giang vừa ban hành Kế hoạch/);
    expect(draft.documentKind?.value).toBe('plan');
    expect(draft.planNumber).toBeNull();
    // "Ngày 23-06-2020" is the page's dateline, not the plan's date.
    expect(draft.planDate).toBeNull();
    expect(draft.publishedDate?.value).toBe('2020-06-23');
  });

  it('reads the name from the body, the theme from the straight quotes, and no kind', () => {
    expect(draft.name?.value).toBe('phong trào thi đua làm theo gương Bác năm 2020');
    expect(draft.name?.source.sentence).toMatch(/vừa ban hành Kế hoạch phát động/);
    expect(draft.theme?.value).toBe(
      'Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
    // "tham gia thường xuyên, liên tục" describes participation, not a regular movement.
    expect(draft.kind).toBeNull();
    expect(draft.slogan).toBeNull();
    expect(draft.timeSpan).toBeNull();
  });

  it('reads the participants as one group (no ";" in the list)', () => {
    expect(draft.participants?.value).toEqual({
      groups: [
        'Nhân dân và cán bộ các huyện, thị xã, thành phố trên địa bàn tỉnh và các Đảng ủy trực thuộc Tỉnh ủy',
      ],
      kinds: ['district', 'party_organisation', 'official', 'citizen'],
    });
  });

  it('reads "UBND tỉnh giao …" and the "Riêng đối với …" clause as two assignments', () => {
    expect(draft.assignedAgencies.map((a) => a.value)).toEqual([
      {
        agency: 'Thường trực Hội đồng Thi đua - Khen thưởng tỉnh',
        task: 'phối hợp Ban Tuyên giáo Tỉnh ủy xây dựng bảng điểm, tiêu chí thi đua; hướng dẫn nội dung thi đua đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        dueDate: null,
      },
      {
        agency: 'các huyện, thị xã, thành phố trên địa bàn tỉnh và các Đảng ủy trực thuộc Tỉnh ủy',
        task: 'tổ chức thực hiện bám sát chuyên đề 2020',
        dueDate: null,
      },
    ]);
  });

  it('leaves unstated lists empty', () => {
    expect(draft.referencedMovements).toEqual([]);
    expect(draft.referencedDocuments).toEqual([]);
    expect(draft.milestones).toEqual([]);
    expect(draft.goals).toEqual([]);
  });

  it('drops the breadcrumb, the photo caption and the visitor counters', () => {
    expect(draft.text).not.toMatch(/Chi tiet tin|Ảnh 1|Đang online|Hôm nay: 1050|Đã truy cập|portlet/);
  });
});
