/** OpenAPI examples for the calculator: the cases of legal-rules.md §10 most people ask about. */
export const evaluateExamples = [
  {
    target: 'CSTD_TINH',
    case: {
      kind: 'individual',
      targetYear: 2025,
      asOfDate: '2025-12-15',
      attributes: { sex: 'female', staffCategory: 'vien_chuc' },
      registration: { registered: true },
      ratings: [
        { year: 2023, rating: 'HTXS' },
        { year: 2024, rating: 'HTXS' },
        { year: 2025, rating: 'HTXS' },
      ],
      awards: [
        { code: 'CSTDCS', year: 2023, kind: 'regular', issuerLevel: 'unit' },
        { code: 'CSTDCS', year: 2024, kind: 'regular', issuerLevel: 'unit' },
        { code: 'CSTDCS', year: 2025, kind: 'regular', issuerLevel: 'unit' },
      ],
      initiatives: [
        { id: 'SK-2025-01', kind: 'initiative', level: 'province', recognisedDate: '2025-10-15' },
      ],
    },
    councilVote: { totalMembers: 21, present: 20, yesPresent: 20 },
  },
  {
    target: 'LDTT',
    case: {
      kind: 'individual',
      targetYear: 2025,
      asOfDate: '2025-12-15',
      registration: { registered: true },
      ratings: [{ year: 2025, rating: 'HT' }],
      awards: [],
    },
  },
];
