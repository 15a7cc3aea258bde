import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { extractTimeSpan, parseTimeSpan } from './time-span.ts';
import type { PartialDate, SpanBound } from './types.ts';

const date = (d: PartialDate): SpanBound => ({ kind: 'date', date: d });
const launch: SpanBound = { kind: 'relative', anchor: 'launch' };
const issue: SpanBound = { kind: 'relative', anchor: 'issue' };

describe('parseTimeSpan', () => {
  it.each([
    {
      text: 'từ ngày phát động đến tháng 9/2020',
      from: launch,
      to: date({ precision: 'month', year: 2020, month: 9 }),
    },
    { text: 'từ nay đến hết năm 2025', from: issue, to: date({ precision: 'year', year: 2025 }) },
    {
      text: 'kể từ ngày ký ban hành đến ngày 31/12/2021',
      from: issue,
      to: date({ precision: 'day', year: 2021, month: 12, day: 31 }),
    },
    {
      text: 'từ ngày 01/3/2021 đến ngày 30/9/2021',
      from: date({ precision: 'day', year: 2021, month: 3, day: 1 }),
      to: date({ precision: 'day', year: 2021, month: 9, day: 30 }),
    },
    {
      text: 'từ tháng 3 đến tháng 9/2021',
      from: date({ precision: 'month', year: 2021, month: 3 }),
      to: date({ precision: 'month', year: 2021, month: 9 }),
    },
    {
      text: 'từ nay đến Đại hội thi đua yêu nước lần thứ X.',
      from: issue,
      to: { kind: 'event', label: 'Đại hội thi đua yêu nước lần thứ X' },
    },
  ])('$text', ({ text, from, to }) => {
    expect(parseTimeSpan(text)).toEqual({ from, to });
  });

  it.each([
    { text: 'Triển khai sâu rộng từ tỉnh đến cơ sở, đến từng người dân', why: 'places, not times' },
    { text: 'từ ngày phát động', why: 'no end' },
    { text: 'đến tháng 9/2020', why: 'no start' },
  ])('rejects $text ($why)', ({ text }) => {
    expect(parseTimeSpan(text)).toBeNull();
  });
});

describe('extractTimeSpan', () => {
  const span = (text: string) => extractTimeSpan(splitSentences(text))?.value ?? null;

  it('reads a range after "Thời gian thực hiện:" without "từ"', () => {
    expect(span('Thời gian thực hiện: năm 2021 - 2025.')).toEqual({
      from: date({ precision: 'year', year: 2021 }),
      to: date({ precision: 'year', year: 2025 }),
    });
  });

  it('ignores a conference time and another movement’s period', () => {
    expect(span('Thời gian tổ chức Hội nghị từ ngày 20/4 đến 25/4/2020.')).toBeNull();
    expect(span('phong trào thi đua “Văn hóa công sở” giai đoạn 2019 - 2025.')).toBeNull();
    expect(span('hoàn thành các chỉ tiêu kinh tế - xã hội giai đoạn 2021 - 2025.')).toBeNull();
  });
});
