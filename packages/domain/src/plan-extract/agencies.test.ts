import { describe, expect, it } from 'vitest';
import { parseAssignment } from './agencies.ts';

describe('parseAssignment', () => {
  it.each([
    {
      clause: 'Sở Nội vụ chủ trì hướng dẫn, đôn đốc',
      agency: 'Sở Nội vụ',
      task: 'chủ trì hướng dẫn, đôn đốc',
    },
    {
      clause: 'Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng',
      agency: 'Ban Tuyên giáo Tỉnh ủy',
      task: 'chỉ đạo, định hướng',
    },
    { clause: 'Ban Chỉ đạo tỉnh tổ chức kiểm tra', agency: 'Ban Chỉ đạo tỉnh', task: 'tổ chức kiểm tra' },
    { clause: 'Sở Khoa học và Công nghệ phối hợp', agency: 'Sở Khoa học và Công nghệ', task: 'phối hợp' },
    { clause: 'Sở Nội vụ tiếp tục hướng dẫn', agency: 'Sở Nội vụ', task: 'tiếp tục hướng dẫn' },
    {
      clause: 'UBND tỉnh giao Thường trực Hội đồng Thi đua - Khen thưởng tỉnh phối hợp Ban Tuyên giáo',
      agency: 'Thường trực Hội đồng Thi đua - Khen thưởng tỉnh',
      task: 'phối hợp Ban Tuyên giáo',
    },
    { clause: 'Giao Sở Tài chính bố trí kinh phí', agency: 'Sở Tài chính', task: 'bố trí kinh phí' },
    { clause: 'Riêng đối với các huyện tổ chức thực hiện', agency: 'các huyện', task: 'tổ chức thực hiện' },
    { clause: '1. Sở Nội vụ: Chủ trì, hướng dẫn', agency: 'Sở Nội vụ', task: 'Chủ trì, hướng dẫn' },
    {
      clause: '- Đài Phát thanh và Truyền hình tỉnh, Báo Hậu Giang tăng cường đưa tin',
      agency: 'Đài Phát thanh và Truyền hình tỉnh, Báo Hậu Giang',
      task: 'tăng cường đưa tin',
    },
  ])('$clause', ({ clause, agency, task }) => {
    const found = parseAssignment(clause);
    expect(found?.agency).toBe(agency);
    expect(found && clause.slice(found.taskOffset)).toBe(task);
  });

  it.each([
    {
      clause: 'UBND tỉnh vừa ban hành kế hoạch phát động đợt thi đua',
      why: 'an issuing sentence, not a task',
    },
    { clause: 'Hướng dẫn các cơ quan, đơn vị xây dựng báo cáo', why: 'starts with a verb' },
    { clause: 'Hội nghị đã thông qua kế hoạch', why: 'a conference is not an agency' },
    { clause: 'Các đơn vị thành viên trong khối ký kết giao ước thi đua.', why: 'no task verb' },
    { clause: 'Các phong trào thi đua phải bám sát mục tiêu', why: 'movements are not agencies' },
  ])('rejects $clause ($why)', ({ clause }) => {
    expect(parseAssignment(clause)).toBeNull();
  });

  it('accepts a heading without verb or colon only as a whole line', () => {
    expect(parseAssignment('2. Sở Tài chính', true)?.agency).toBe('Sở Tài chính');
    expect(parseAssignment('2. Sở Tài chính', false)).toBeNull();
    expect(parseAssignment('2. Sở Tài chính:', false)?.agency).toBe('Sở Tài chính');
  });
});
