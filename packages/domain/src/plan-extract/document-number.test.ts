import { describe, expect, it } from 'vitest';
import { findDocumentReferences, parseDocumentNumber } from './document-number.ts';

describe('parseDocumentNumber', () => {
  it.each([
    { input: '04/KH-UBND', number: '04/KH-UBND', kind: 'plan' },
    { input: '156/KH-UBND', number: '156/KH-UBND', kind: 'plan' },
    { input: '123/UBND-NC', number: '123/UBND-NC', kind: 'official_letter' },
    { input: '2397/QĐ-UBND', number: '2397/QĐ-UBND', kind: 'decision' },
    { input: '1720/QĐ-TTg', number: '1720/QĐ-TTg', kind: 'decision' },
    { input: '152/2025/NĐ-CP', number: '152/2025/NĐ-CP', kind: 'decree' },
    { input: '06/2022/QH15', number: '06/2022/QH15', kind: 'law' },
    { input: '12/2019/TT-BNV', number: '12/2019/TT-BNV', kind: 'circular' },
    { input: '34-CT/TW', number: '34-CT/TW', kind: 'directive' },
    { input: '35-HD/BTGTW', number: '35-HD/BTGTW', kind: 'guidance' },
    { input: '04 / KH – UBND', number: '04/KH-UBND', kind: 'plan' },
    { input: '15/TB-UBND', number: '15/TB-UBND', kind: 'notice' },
  ])('$input', ({ input, number, kind }) => {
    expect(parseDocumentNumber(input)).toEqual({ number, kind });
  });

  it.each([
    { input: '13/01/2021', why: 'a date' },
    { input: '2021-2025', why: 'a period' },
    { input: 'KH-UBND', why: 'no number' },
    { input: '04/KH-UBND ngày', why: 'trailing words' },
    { input: '', why: 'empty' },
  ])('rejects $input ($why)', ({ input }) => {
    expect(parseDocumentNumber(input)).toBeNull();
  });
});

describe('findDocumentReferences', () => {
  const refs = (text: string) =>
    findDocumentReferences(text).map(({ kind, number, date, issuer }) => ({ kind, number, date, issuer }));

  it.each([
    {
      text: 'phát động tại Kế hoạch số 04/KH-UBND ngày 13 tháng 01 năm 2021.',
      expected: { kind: 'plan', number: '04/KH-UBND', date: '2021-01-13', issuer: null },
    },
    {
      text: 'theo tinh thần Chỉ thị 34-CT/TW ngày 07/4/2014 của Bộ chính trị và thực hiện tốt',
      expected: { kind: 'directive', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ chính trị' },
    },
    {
      text: 'Chỉ thị 03 của BTV Tỉnh ủy về “Nói đi đôi với làm”',
      expected: { kind: 'directive', number: '03', date: null, issuer: 'BTV Tỉnh ủy' },
    },
    {
      text: 'Công văn số 123/UBND-NC ngày 02/3/2021 của UBND tỉnh Hậu Giang, về việc',
      expected: {
        kind: 'official_letter',
        number: '123/UBND-NC',
        date: '2021-03-02',
        issuer: 'UBND tỉnh Hậu Giang',
      },
    },
    {
      text: 'Căn cứ Quyết định số 1720/QĐ-TTg ngày 03/10/2016 của Thủ tướng Chính phủ;',
      expected: {
        kind: 'decision',
        number: '1720/QĐ-TTg',
        date: '2016-10-03',
        issuer: 'Thủ tướng Chính phủ',
      },
    },
    {
      text: 'Nghị định 152/2025/NĐ-CP quy định chi tiết',
      expected: { kind: 'decree', number: '152/2025/NĐ-CP', date: null, issuer: null },
    },
  ])('$text', ({ text, expected }) => {
    expect(refs(text)).toEqual([expected]);
  });

  it('does not take quantities, years or lower-case mentions for numbers', () => {
    expect(refs('kế hoạch 5 năm (2021 - 2025); Nghị quyết 2020; Kế hoạch 5 năm')).toEqual([]);
  });

  it('gives the span from the kind word to the issuer', () => {
    const text = 'Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.';
    const [ref] = findDocumentReferences(text);
    expect(ref && text.slice(ref.start, ref.end)).toBe('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị');
  });
});
