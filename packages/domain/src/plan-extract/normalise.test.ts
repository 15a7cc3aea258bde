import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';
import { isNoiseLine } from './noise.ts';
import { normalisePlanText } from './normalise.ts';

describe('isNoiseLine', () => {
  it.each([
    'Lượt xem: 1234',
    'Số lượt người xem: 98 Bản inQuay lại',
    'SỐ LƯỢT TRUY CẬP',
    'Đang truy cập: 12',
    'Đang online: 2',
    'Hôm nay: 1050',
    'Đã truy cập: 262720',
    '4',
    'Gửi bình luận',
    'Viết bình luận',
    'Hãy sử dụng tiếng Việt có dấu khi viết bài. Bình luận của bạn sẽ được biên tập trước khi đăng',
    'Họ tên',
    'Họ và tên (*)',
    'Email',
    '(*)',
    'Số ký tự còn lại:',
    'Protected by FormShield',
    'Refresh',
    'Ảnh: Minh Khang',
    'Tin, ảnh: KIM TIẾN',
    'Hậu Giang ban hành Kế hoạch phát động phong trào thi đua làm theo gương Bác năm 2020 - Ảnh 1.',
    'Chia sẻ',
    'Chia sẻ Facebook',
    'Tweet',
    'In bài',
    'TIN MỚI HƠN',
    'Tin liên quan',
    'Xem tiếp',
    'Xem theo ngày Xem theo ngày',
    'Bạn chưa có đủ quyền truy nhập portlet này.',
    'Chi tiet tin tức - Sở Khoa học công nghệ',
    '   ',
  ])('drops %s', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    'Hôm nay, UBND tỉnh tổ chức lễ phát động phong trào thi đua.',
    'Chia sẻ kinh nghiệm giữa các cơ quan, đơn vị trong khối là nhiệm vụ thường xuyên của các thành viên khối thi đua.',
    'Sở Nội vụ chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị.',
    'Email và điện thoại của các đơn vị được công khai trên cổng thông tin điện tử của tỉnh để nhân dân phản ánh.',
    '1. Mục tiêu',
    'KẾ HOẠCH',
    'Thứ ba 25/02/2020 18:00',
    'Các đơn vị thành viên trong khối ký kết giao ước thi đua.',
  ])('keeps %s', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe('repairMojibake', () => {
  it.each([
    { input: 'Káº¿ hoáº¡ch sá»‘ 04/KH-UBND', expected: 'Kế hoạch số 04/KH-UBND' },
    { input: 'Ä‘á»£t thi Ä‘ua', expected: 'đợt thi đua' },
    { input: 'â€œChung tayâ€\u009d', expected: '“Chung tay”' },
    { input: 'Phong trÃ\u00a0o thi Ä‘ua', expected: 'Phong trào thi đua' },
    { input: 'CỘNG HÒA XÃ HỘI, Ä‘ua', expected: 'CỘNG HÒA XÃ HỘI, đua' },
    { input: 'Café Ê và Nhân dân”', expected: 'Café Ê và Nhân dân”' },
    { input: 'Kế hoạch số 04', expected: 'Kế hoạch số 04' },
  ])('$input', ({ input, expected }) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});

describe('normalisePlanText', () => {
  it.each([
    { why: 'NFD becomes NFC', input: 'Ke\u0302\u0301 hoa\u0323ch', expected: 'Kế hoạch' },
    { why: 'NBSP and thin spaces become spaces', input: 'Kế\u00a0hoạch\u2009số', expected: 'Kế hoạch số' },
    { why: 'zero-width characters and BOM go', input: '\ufeffKế\u200b hoạch\u200d', expected: 'Kế hoạch' },
    { why: 'replacement characters go', input: 'Kế hoạch\ufffd số', expected: 'Kế hoạch số' },
    { why: 'Icelandic eth stands for Đ', input: 'Ðợt thi ðua', expected: 'Đợt thi đua' },
    { why: 'CRLF, tabs and runs of spaces collapse', input: 'a\t\tb  c\r\n\r\n\r\nd', expected: 'a b c\nd' },
    { why: 'a repeated caption is kept once', input: 'Ký kết.\nKý kết.\nHết.', expected: 'Ký kết.\nHết.' },
    {
      why: 'noise lines go',
      input: 'Nội dung.\nLượt xem: 12\nGửi bình luận\nHết.',
      expected: 'Nội dung.\nHết.',
    },
  ])('$why', ({ input, expected }) => {
    expect(normalisePlanText(input)).toBe(expected);
  });
});
