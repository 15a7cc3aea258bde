import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it.each([
    {
      why: 'ends at a period before a capital',
      text: 'Một câu. Hai câu.',
      expected: ['Một câu.', 'Hai câu.'],
    },
    {
      why: 'glued after a closing quote',
      text: 'là "Tăng cường".Ủy ban ban hành.',
      expected: ['là "Tăng cường".', 'Ủy ban ban hành.'],
    },
    { why: 'not after an initial', text: 'M. NƯƠNG viết.', expected: ['M. NƯƠNG viết.'] },
    {
      why: 'after a Roman numeral',
      text: 'lần thứ X. Kịp thời biểu dương.',
      expected: ['lần thứ X.', 'Kịp thời biểu dương.'],
    },
    {
      why: 'not before a lower-case word',
      text: 'sản xuất, kinh doanh... góp phần.',
      expected: ['sản xuất, kinh doanh... góp phần.'],
    },
    {
      why: 'not inside a number or date',
      text: 'Chiều 14.2, ngày 07.4.2014 họp.',
      expected: ['Chiều 14.2, ngày 07.4.2014 họp.'],
    },
    { why: 'not after TP.', text: 'Tại TP. Hồ Chí Minh họp.', expected: ['Tại TP. Hồ Chí Minh họp.'] },
    { why: 'each line is a paragraph', text: 'Tiêu đề\nNội dung.', expected: ['Tiêu đề', 'Nội dung.'] },
    {
      why: 'before an opening quote',
      text: 'Xong. “Chung tay” là tên.',
      expected: ['Xong.', '“Chung tay” là tên.'],
    },
  ])('$why', ({ text, expected }) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets into the text and marks whole lines', () => {
    const text = 'Tiêu đề\nCâu một. Câu hai.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Câu một.', 'Câu hai.']);
    expect(sentences.map((s) => [s.line, s.wholeLine])).toEqual([
      [0, true],
      [1, false],
      [1, false],
    ]);
  });
});
