import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovementDraft } from './extract-movement-draft.ts';
import type { MovementDraft } from './types.ts';

const NAMES = [
  'caobang-2020-dot-thi-dua-dac-biet',
  'hagiang-2020-khoi-giao-uoc-thi-dua',
  'haugiang-2020-lam-theo-guong-bac',
  'haugiang-2021-phong-trao-thi-dua-yeu-nuoc',
  'thanhpho-2019-hoi-nghi-dien-hinh-tien-tien',
];
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');

/** Every source of a draft, so offsets can be checked field by field. */
function sources(d: MovementDraft) {
  const single = [
    d.planNumber,
    d.planDate,
    d.publishedDate,
    d.issuer,
    d.documentKind,
    d.name,
    d.kind,
    d.theme,
    d.slogan,
    d.timeSpan,
    d.participants,
  ];
  const lists = [
    ...d.assignedAgencies,
    ...d.referencedMovements,
    ...d.referencedDocuments,
    ...d.milestones,
    ...d.goals,
  ];
  return [...single, ...lists].flatMap((f) => (f ? [f.source] : []));
}

/** The values only, for comparing a clean and a damaged copy of the same text. */
function values(d: MovementDraft) {
  const { text: _text, ...fields } = d;
  return JSON.parse(JSON.stringify(fields, (key, v) => (key === 'source' ? undefined : v)));
}

// UTF-8 bytes read back as Windows-1252, as some scrapers do.
const asMojibake = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));

describe.each(NAMES)('%s', (name) => {
  const raw = read(name);
  const clean = extractMovementDraft(raw);

  it('points every source at its sentence in draft.text', () => {
    for (const s of sources(clean)) expect(clean.text.slice(s.start, s.end)).toBe(s.sentence);
  });

  it('is deterministic', () => {
    expect(extractMovementDraft(raw)).toEqual(clean);
  });

  it.each([
    { damage: 'NFD', apply: (s: string) => s.normalize('NFD') },
    {
      damage: 'NBSP for spaces',
      apply: (s: string) => s.replace(/ /g, (m, i: number) => (i % 3 ? m : '\u00a0')),
    },
    {
      damage: 'zero-width characters',
      apply: (s: string) => s.replace(/ /g, (m, i: number) => (i % 5 ? m : '\u200b ')),
    },
    { damage: 'CRLF and a BOM', apply: (s: string) => `\ufeff${s.replace(/\n/g, '\r\n')}` },
    {
      damage: 'noise lines around',
      apply: (s: string) => `Lượt xem: 1234\nChia sẻ\n${s}\nGửi bình luận\nHọ tên\nEmail\nĐang truy cập: 5`,
    },
    { damage: 'mojibake', apply: asMojibake },
  ])('gives the same values after $damage', ({ apply }) => {
    expect(values(extractMovementDraft(apply(raw)))).toEqual(values(clean));
  });
});

describe('fixtures', () => {
  // The copies in fixtures/ are what the tests read; check them against the shared originals when present.
  it.each(NAMES)('%s matches the shared sample', (name) => {
    let original: string;
    try {
      original = readFileSync(
        new URL(`../../../../../shared/samples/plans/${name}.txt`, import.meta.url),
        'utf8',
      );
    } catch {
      return;
    }
    expect(read(name)).toBe(original);
  });

  it('an empty or noise-only text yields an empty draft', () => {
    for (const text of ['', '   \n\n', 'Lượt xem: 12\nGửi bình luận']) {
      const d = extractMovementDraft(text);
      expect(d.text).toBe('');
      expect(sources(d)).toEqual([]);
    }
  });
});
