import { type Rating, ratings } from '@vinhdanh/contracts';
import { Form, Input, InputNumber, Select, Tag } from 'antd';
import { useI18n } from '../i18n/index.ts';
import { useMaxLength } from './form-helpers.ts';

/** What the yearly rating form holds, for a person or a collective. */
export interface YearRatingValues {
  year: number;
  rating: Rating | null;
  note?: string;
}

const RATING_COLORS: Record<Rating, string> = { HTXS: 'gold', HTT: 'green', HT: 'blue', KHT: 'red' };
const FIRST_YEAR = 1975;

/** The latest year before this one that has no rating yet (the year an "add" button proposes). */
export function nextFreeYear(taken: ReadonlySet<number>): number {
  let year = new Date().getFullYear() - 1;
  while (taken.has(year) && year > FIRST_YEAR) year--;
  return year;
}

/** The PUT body of `/…/years/:year`. */
export function yearRatingBody(v: YearRatingValues) {
  return { rating: v.rating ?? null, note: v.note?.trim() || null };
}

/** "HTXS — Hoàn thành xuất sắc nhiệm vụ" in its colour, or "no rating". */
export function RatingTag({ rating }: { rating: Rating | null }) {
  const { t, enumLabel } = useI18n();
  return rating ? (
    <Tag color={RATING_COLORS[rating]}>
      {rating} — {enumLabel(ratings, rating)}
    </Tag>
  ) : (
    <Tag>{t('person.years.noRating')}</Tag>
  );
}

/** Year, rating and note fields of the yearly rating form. */
export function YearRatingFields({ autoFocus }: { autoFocus?: boolean }) {
  const { t, enumLabel } = useI18n();
  const maxLength = useMaxLength();
  return (
    <>
      <Form.Item
        name="year"
        label={t('person.years.year')}
        rules={[
          { required: true, type: 'integer', min: FIRST_YEAR, max: 2100, message: t('validation.year') },
        ]}
      >
        <InputNumber min={FIRST_YEAR} max={2100} style={{ width: 160 }} autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item name="rating" label={t('person.years.rating')}>
        <Select
          allowClear
          placeholder={t('person.years.noRating')}
          options={ratings.values.map((v) => ({ value: v, label: `${v} — ${enumLabel(ratings, v)}` }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('common.note')} rules={[maxLength(1000)]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}
