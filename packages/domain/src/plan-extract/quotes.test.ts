import { describe, expect, it } from 'vitest';
import { findQuotedPhrases, stripUnbalancedQuotes } from './quotes.ts';

describe('findQuotedPhrases', () => {
  it.each([
    { text: 'phong trào “Chung tay vì người nghèo”', inner: ['Chung tay vì người nghèo'] },
    { text: 'chuyên đề là "Tăng cường khối đại đoàn kết".Ủy ban', inner: ['Tăng cường khối đại đoàn kết'] },
    { text: 'khẩu hiệu «Đổi mới, sáng tạo»', inner: ['Đổi mới, sáng tạo'] },
    { text: 'mixed “Xây dựng nông thôn mới" quotes', inner: ['Xây dựng nông thôn mới'] },
    { text: '„Low-high“ quotes', inner: ['Low-high'] },
    { text: '“A”, “B”; và “C”', inner: ['A', 'B', 'C'] },
    { text: '“Nói ‘đi’ đôi với làm”', inner: ['Nói ‘đi’ đôi với làm'] },
    { text: '“  padded  ”', inner: ['padded'] },
    { text: 'empty “” and "" quotes', inner: [] },
    { text: 'unmatched “ opening quote', inner: [] },
    { text: 'stray closing ” quote', inner: [] },
    { text: 'no quote across\nlines “a\nb”', inner: [] },
    { text: 'apostrophe inside word l’été is not a quote', inner: [] },
    { text: `“${'x'.repeat(400)}”`, inner: [] },
  ])('$text', ({ text, inner }) => {
    expect(findQuotedPhrases(text).map((q) => q.inner)).toEqual(inner);
  });

  it('gives offsets of the phrase and of its inner text', () => {
    const text = 'với “ABC” nhé';
    const [q] = findQuotedPhrases(text);
    expect(q && [text.slice(q.start, q.end), text.slice(q.innerStart, q.innerEnd)]).toEqual(['“ABC”', 'ABC']);
  });
});

describe('stripUnbalancedQuotes', () => {
  it.each([
    { input: 'đời sống của Nhân dân”', expected: 'đời sống của Nhân dân' },
    { input: '“đời sống của Nhân dân', expected: 'đời sống của Nhân dân' },
    { input: 'thực hiện “mục tiêu kép”', expected: 'thực hiện “mục tiêu kép”' },
    { input: 'nâng cao "chất lượng"', expected: 'nâng cao "chất lượng"' },
    { input: 'nâng cao chất lượng"', expected: 'nâng cao chất lượng' },
  ])('$input', ({ input, expected }) => {
    expect(stripUnbalancedQuotes(input)).toBe(expected);
  });
});
