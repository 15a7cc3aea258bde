import { DEMO_YEARS, decisionFor, type HistoryOut } from './demo-history.ts';

/** People written by hand so that eligibility has clear cases to find (see the rules-engine tests). */
export const showcase: {
  fullName: string;
  sex: 'male' | 'female';
  unit: string;
  birthDate: string;
  history: (short: string) => HistoryOut;
}[] = [
  {
    fullName: 'Trần Thị Minh Thư',
    sex: 'female',
    unit: 'THPTC',
    birthDate: '1986-04-12',
    history: (s) => chain(s, [2023, 2024, 2025], 'province'),
  },
  {
    fullName: 'Lê Văn Hùng',
    sex: 'male',
    unit: 'SNV',
    birthDate: '1980-09-02',
    history: (s) => chain(s, [2021, 2022, 2024, 2025], 'unit'),
  },
  {
    fullName: 'Nguyễn Văn An',
    sex: 'male',
    unit: 'SNV',
    birthDate: '1990-01-15',
    history: (s) => chain(s, [], 'unit'),
  },
];

function chain(short: string, cstdcsYears: number[], lastInitiativeLevel: string): HistoryOut {
  const out: HistoryOut = { years: [], awards: [], initiatives: [], disciplines: [], leaves: [] };
  for (const year of DEMO_YEARS) {
    const excellent = cstdcsYears.includes(year);
    out.years.push({ year, rating: excellent ? 'HTXS' : 'HTT' });
    out.awards.push({
      code: 'LDTT',
      kind: 'regular',
      year,
      issuerLevel: 'unit',
      ...decisionFor('unit', short, year, 'LDTT'),
    });
    if (excellent) {
      const level = year === cstdcsYears[cstdcsYears.length - 1] ? lastInitiativeLevel : 'unit';
      out.initiatives.push({
        kind: 'initiative',
        title: `Sáng kiến số hóa hồ sơ thi đua năm ${year}`,
        level,
        recognisedBy: level === 'province' ? 'Hội đồng sáng kiến tỉnh' : `Hội đồng sáng kiến ${short}`,
        recognisedDate: `${year}-10-15`,
      });
      out.awards.push({
        code: 'CSTDCS',
        kind: 'regular',
        year,
        issuerLevel: 'unit',
        ...decisionFor('unit', short, year, 'CSTDCS'),
      });
    }
  }
  return out;
}
