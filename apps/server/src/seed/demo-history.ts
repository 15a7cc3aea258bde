import type { Random } from './random.ts';

export const DEMO_YEARS = [2021, 2022, 2023, 2024, 2025] as const;

export interface HistoryOut {
  years: { year: number; rating: string }[];
  awards: {
    code: string;
    kind: string;
    year: number;
    issuerLevel: string;
    decisionNo: string;
    decisionDate: string;
    issuer: string;
  }[];
  initiatives: { kind: string; title: string; level: string; recognisedBy: string; recognisedDate: string }[];
  disciplines: { level: string; fromDate: string; toDate: string; decisionNo: string; reason: string }[];
  leaves: { kind: string; fromDate: string; toDate: string }[];
}

const TOPICS = [
  'Ứng dụng chuyển đổi số trong quản lý hồ sơ',
  'Cải tiến quy trình tiếp nhận thủ tục hành chính',
  'Đổi mới phương pháp dạy học tích cực',
  'Nâng cao chất lượng khám chữa bệnh ban đầu',
  'Tiết kiệm chi phí vận hành mạng cấp nước',
  'Số hóa dữ liệu thi đua, khen thưởng',
  'Mô hình dân vận khéo ở cơ sở',
  'Giải pháp quản lý tài sản công',
];

/** Decision numbers are deterministic per (issuer, year, code) so the same award always has one. */
export function decisionFor(issuerLevel: string, unitShort: string, year: number, code: string) {
  const base = [...`${issuerLevel}${unitShort}${code}`].reduce(
    (s, c) => (s * 31 + c.charCodeAt(0)) % 9000,
    7,
  );
  if (issuerLevel === 'province') {
    return {
      decisionNo: `${1000 + base}/QĐ-UBND`,
      decisionDate: `${year + 1}-01-${String(10 + (base % 15)).padStart(2, '0')}`,
      issuer: 'Chủ tịch UBND tỉnh Hồng Lam',
    };
  }
  return {
    decisionNo: `${100 + (base % 800)}/QĐ-${unitShort}`,
    decisionDate: `${year}-12-${String(15 + (base % 14)).padStart(2, '0')}`,
    issuer: `Thủ trưởng ${unitShort}`,
  };
}

/** Plausible five years of one person: ratings with persistence, the awards those ratings earn, some initiatives. */
export function randomHistory(rnd: Random, sex: string, unitShort: string, unitIssuer: string): HistoryOut {
  const out: HistoryOut = { years: [], awards: [], initiatives: [], disciplines: [], leaves: [] };
  let talent = rnd.next();
  let cstdcsRun = 0;
  let lastHtxs = false;
  const disciplineYear = rnd.chance(0.02) ? rnd.pick(DEMO_YEARS) : null;
  for (const year of DEMO_YEARS) {
    talent = Math.min(1, Math.max(0, talent + (rnd.next() - 0.5) * 0.3));
    let rating = talent > 0.8 ? 'HTXS' : talent > 0.25 ? 'HTT' : talent > 0.05 ? 'HT' : 'KHT';
    if (year === disciplineYear) {
      rating = 'HT';
      const level = rnd.chance(0.7) ? 'khien_trach' : 'canh_cao';
      out.disciplines.push({
        level,
        fromDate: `${year}-0${rnd.int(3, 9)}-15`,
        toDate: `${year + 1}-0${rnd.int(3, 9)}-14`,
        decisionNo: `${rnd.int(10, 99)}/QĐ-KL`,
        reason: 'Vi phạm quy chế làm việc',
      });
    }
    out.years.push({ year, rating });
    if (sex === 'female' && rnd.chance(0.03))
      out.leaves.push({
        kind: 'maternity',
        fromDate: `${year}-0${rnd.int(1, 6)}-01`,
        toDate: `${year}-${String(rnd.int(7, 12)).padStart(2, '0')}-01`,
      });
    const good = rating === 'HTXS' || rating === 'HTT';
    let initiativeLevel: string | null = null;
    if (rating === 'HTXS' && rnd.chance(0.7)) {
      initiativeLevel = rnd.chance(0.15) ? 'province' : 'unit';
      out.initiatives.push({
        kind: rnd.chance(0.85) ? 'initiative' : 'research',
        title: `${rnd.pick(TOPICS)} (${year})`,
        level: initiativeLevel,
        recognisedBy:
          initiativeLevel === 'province' ? 'Hội đồng sáng kiến tỉnh' : `Hội đồng sáng kiến ${unitShort}`,
        recognisedDate: `${year}-11-${String(rnd.int(1, 28)).padStart(2, '0')}`,
      });
    }
    const award = (code: string, issuerLevel: string, kind = 'regular') =>
      out.awards.push({ code, kind, year, issuerLevel, ...decisionFor(issuerLevel, unitShort, year, code) });
    const ldtt = good && year !== disciplineYear && rnd.chance(0.85);
    if (ldtt) award('LDTT', unitIssuer);
    const cstdcs = ldtt && rating === 'HTXS' && initiativeLevel !== null && rnd.chance(0.75);
    cstdcsRun = cstdcs ? cstdcsRun + 1 : 0;
    if (cstdcs) award('CSTDCS', unitIssuer);
    if (cstdcsRun >= 3 && initiativeLevel === 'province' && rnd.chance(0.5)) award('CSTD_TINH', 'province');
    else if (rating === 'HTXS' && lastHtxs && rnd.chance(0.15)) award('BK_TINH', 'province');
    else if (good && rnd.chance(0.05)) award('GIAY_KHEN', unitIssuer);
    if (rnd.chance(0.01)) award('BK_TINH', 'province', 'adhoc');
    lastHtxs = rating === 'HTXS';
  }
  return out;
}
