/**
 * Recognises lines that a web page adds around an article: visitor counters, comment forms, share
 * and navigation links, photo captions. They are dropped before extraction so that, e.g., a caption
 * repeating the headline or a "Hôm nay: 1050" counter can never become a field.
 */
import { foldForMatch } from './fold.ts';

// Matched against the folded line. Patterns that could also open a real sentence ("Chia sẻ kinh
// nghiệm…", "Hôm nay, UBND…") are anchored to short lines or to a trailing number.
const ALWAYS: RegExp[] = [
  /^(so )?luot (nguoi )?(xem|truy cap|doc)\b/,
  /^(dang truy cap|dang online|dang xem|truc tuyen|tong truy cap|da truy cap|so nguoi online)\b/,
  /^(hom nay|hom qua|trong tuan|trong thang|tong cong|tong so|thanh vien|khach)\s*:\s*[\d.,\s]*$/,
  /^\d{1,3}$/,
  /^\(\*\)$/,
  /^(gui|viet) (binh luan|y kien)/,
  /^(binh luan|y kien ban doc|y kien cua ban|cac y kien)\b.{0,40}$/,
  /^hay su dung tieng viet co dau/,
  /binh luan cua ban se (duoc|phai)/,
  /^so ky tu con lai/,
  /^(protected by|refresh|captcha|submit|reset)\b/,
  /portlet/,
  /^chi tiet tin/,
  /^(anh|tin,? anh|tin va anh|anh minh hoa|nguon anh|anh va tin|video|clip)\s*:/,
  /[-–—]\s*anh\s*\d+\s*\.?$/,
  /^\(?anh\s*:[^)]*\)?$/,
];

const SHORT_LINE_MAX = 60;
const SHORT: RegExp[] = [
  /^(ho (va )?ten|ho ten|email|e-mail|dien thoai|so dien thoai|dia chi|noi dung|tieu de|ma (xac nhan|bao ve|an toan))\s*(\(\*\))?\s*:?\s*(\(\*\))?$/,
  /^(chia se|share|tweet|like|thich|in bai|ban in|gui email|gui bai viet|luu tin|facebook|zalo|twitter|google\+?)\b/,
  /^(tin moi hon|tin da dua|tin cu hon|tin lien quan|tin khac|cac tin khac|tin cung chuyen muc|bai lien quan)\b/,
  /^(xem tiep|xem them|xem theo ngay|quay lai|tro ve|len dau trang|ve dau trang|trang chu|dau trang|in trang)\b/,
  /^(gui|huy|dong y|xac nhan|tim kiem)$/,
];

export function isNoiseLine(line: string): boolean {
  const folded = foldForMatch(line.trim());
  if (folded === '') return true;
  if (ALWAYS.some((re) => re.test(folded))) return true;
  return folded.length <= SHORT_LINE_MAX && SHORT.some((re) => re.test(folded));
}
