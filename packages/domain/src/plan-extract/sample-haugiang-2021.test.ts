import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';

// Expectations written by hand from fixtures/haugiang-2021-phong-trao-thi-dua-yeu-nuoc.txt (news of
// Kế hoạch số 04/KH-UBND ngày 13/01/2021, citing the Prime Minister's four movements).
const raw = readFileSync(
  new URL('./fixtures/haugiang-2021-phong-trao-thi-dua-yeu-nuoc.txt', import.meta.url),
  'utf8',
);
const draft = extractMovementDraft(raw);

describe('sample: Hậu Giang 2021, phong trào thi đua yêu nước', () => {
  it('reads the plan number and date from "phát động tại Kế hoạch số …"', () => {
    expect(draft.planNumber?.value).toBe('04/KH-UBND');
    expect(draft.planDate?.value).toBe('2021-01-13');
    expect(draft.documentKind?.value).toBe('plan');
    expect(draft.publishedDate?.value).toBe('2021-01-15');
  });

  it('keeps the issuing body, not the chairman’s name, as issuer', () => {
    // "Chủ tịch UBND tỉnh Đồng Văn Thanh": the words after "tỉnh" are a person, not a province.
    expect(draft.issuer?.value).toBe('UBND tỉnh');
  });

  it('reads the name from the headline and the 2021–2025 period', () => {
    expect(draft.name?.value).toBe('phong trào thi đua yêu nước năm 2021');
    expect(draft.name?.source.sentence).toBe(
      'Phát động phong trào thi đua yêu nước năm 2021 trên địa bàn tỉnh Hậu Giang',
    );
    expect(draft.timeSpan?.value).toEqual({
      from: { kind: 'date', date: { precision: 'year', year: 2021 } },
      to: { kind: 'date', date: { precision: 'year', year: 2025 } },
    });
    expect(draft.timeSpan?.source.sentence).toMatch(
      /^Đó là mục đích của phong trào thi đua yêu nước giai đoạn 2021-2025/,
    );
    expect(draft.kind).toBeNull();
    expect(draft.theme).toBeNull();
    expect(draft.slogan).toBeNull();
  });

  it('lists the four movements launched by the Prime Minister, not “mục tiêu kép”', () => {
    expect(draft.referencedMovements.map((m) => m.value)).toEqual([
      { name: 'Cả nước chung sức xây dựng nông thôn mới', launchedBy: 'Thủ tướng Chính phủ' },
      { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển', launchedBy: 'Thủ tướng Chính phủ' },
      {
        name: 'Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau',
        launchedBy: 'Thủ tướng Chính phủ',
      },
      {
        name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
        launchedBy: 'Thủ tướng Chính phủ',
      },
    ]);
  });

  it('reads the goals after "với mục tiêu:" to the end of the paragraph, without the stray quote', () => {
    expect(draft.goals.map((g) => g.value)).toEqual([
      'Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh',
      'Tập trung đầu tư hạ tầng công nghiệp, công nghệ thông tin, giao thông, thủy lợi; nâng cao chất lượng nguồn nhân lực; phát triển đồng bộ các lĩnh vực văn hóa - xã hội; du lịch, bảo vệ môi trường, phòng chống thiên tai; đẩy mạnh phòng, chống tham nhũng, lãng phí; giữ vững quốc phòng - an ninh; nâng cao đời sống vật chất, tinh thần của Nhân dân',
    ]);
  });

  it('does not list its own plan as a cited document, and states no participants, agencies or milestones', () => {
    expect(draft.referencedDocuments).toEqual([]);
    expect(draft.participants).toBeNull();
    expect(draft.assignedAgencies).toEqual([]);
    expect(draft.milestones).toEqual([]);
  });
});
