/**
 * Recognises the issuing body in a sentence ("Ủy ban nhân dân tỉnh Hậu Giang vừa ban hành…") or in an
 * official header ("ỦY BAN NHÂN DÂN / TỈNH HẬU GIANG"). After "Chủ tịch UBND tỉnh" the capitalised words
 * are usually the chairman's name ("Chủ tịch UBND tỉnh Đồng Văn Thanh"), so there a place name is only
 * accepted from the list of provinces; elsewhere capitalised words after the level are the place.
 */
import { foldForMatch } from './fold.ts';

// The 63 provinces before 01/07/2025 (the 34 after are among them), folded.
const PROVINCES = new Set(
  (
    'an giang|ba ria - vung tau|ba ria vung tau|bac lieu|bac giang|bac kan|bac ninh|ben tre|binh duong|binh dinh|' +
    'binh phuoc|binh thuan|ca mau|cao bang|can tho|da nang|dak lak|dak nong|dien bien|dong nai|dong thap|gia lai|' +
    'ha giang|ha nam|ha noi|ha tinh|hai duong|hai phong|hau giang|hoa binh|hung yen|khanh hoa|kien giang|kon tum|' +
    'lai chau|lang son|lao cai|lam dong|long an|nam dinh|nghe an|ninh binh|ninh thuan|phu tho|phu yen|quang binh|' +
    'quang nam|quang ngai|quang ninh|quang tri|soc trang|son la|tay ninh|thai binh|thai nguyen|thanh hoa|' +
    'thua thien hue|hue|tien giang|ho chi minh|tra vinh|tuyen quang|vinh long|vinh phuc|yen bai'
  ).split('|'),
);

const HEAD =
  /(?<![\p{L}])(chu tich\s+)?(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|ban thuong vu tinh uy|tinh uy|thanh uy|huyen uy|hoi dong thi dua\s*[-–]\s*khen thuong|thu tuong chinh phu|chinh phu|so|bo)(?![\p{L}])/gu;
const LEVEL = /^\s+(tinh|thanh pho|thi xa|huyen|quan|xa|phuong|thi tran)(?![\p{L}])/u;
const NAME_STOP = new Set(
  'vừa đã đang sẽ ban phát thông có về tại của triển chủ phối hướng là được năm trên tổ giao cũng đề xây tham thực theo với để nhằm'.split(
    ' ',
  ),
);
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

export interface OrganisationMatch {
  value: string;
  start: number;
  end: number;
}

/** Capitalised words from `from` (a place name or the rest of "Sở Nội vụ"); returns the end offset. */
function readName(text: string, from: number, maxWords: number, allowLower: boolean): number {
  let end = from;
  let count = 0;
  const re = /\s+([\p{L}]+)/uy;
  re.lastIndex = from;
  for (let m = re.exec(text); m && count < maxWords; m = re.exec(text)) {
    const word = m[1] ?? '';
    const ok = isCapitalised(word) || (allowLower && count > 0 && !NAME_STOP.has(word.toLowerCase()));
    if (!ok) break;
    end = re.lastIndex;
    count++;
  }
  return end;
}

export function findOrganisations(text: string): OrganisationMatch[] {
  const folded = foldForMatch(text);
  const out: OrganisationMatch[] = [];
  for (const m of folded.matchAll(HEAD)) {
    const chairman = Boolean(m[1]);
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    let end = (m.index ?? 0) + m[0].length;
    const head = m[2] ?? '';
    if (head === 'so' || head === 'bo') {
      if (!isCapitalised(text.charAt(start)) || !/^\s+\p{Lu}/u.test(text.slice(end))) continue;
      end = readName(text, end, 6, true);
    }
    const level = LEVEL.exec(folded.slice(end));
    if (level) {
      end += level[0].length;
      const nameEnd = readName(text, end, 4, false);
      const place = folded.slice(end, nameEnd).trim();
      if (!chairman || PROVINCES.has(place)) end = nameEnd;
    }
    out.push({ value: text.slice(start, end), start, end });
  }
  return out;
}

/** An all-capitals header line of an official document ("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG"). */
export function readHeaderIssuer(lines: string[]): { value: string; line: number; lines: number } | null {
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const line = (lines[i] ?? '').split(/\s+CỘNG HÒA|\s+CỘNG HOÀ/u)[0]?.trim() ?? '';
    if (!line || line !== line.toUpperCase() || !/\p{Lu}/u.test(line)) continue;
    const folded = foldForMatch(line);
    if (!/^(uy ban nhan dan|ubnd|hoi dong|so |ban |tinh uy|thanh uy|huyen uy)/.test(folded)) continue;
    const next = lines[i + 1]?.trim() ?? '';
    if (
      /^(uy ban nhan dan|hoi dong nhan dan)$/.test(folded) &&
      next === next.toUpperCase() &&
      /^(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)\s/.test(foldForMatch(next))
    ) {
      return { value: `${line} ${next}`, line: i, lines: 2 };
    }
    return { value: line, line: i, lines: 1 };
  }
  return null;
}
