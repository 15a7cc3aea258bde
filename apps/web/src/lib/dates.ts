import dayjs, { type Dayjs } from 'dayjs';

/** What every DatePicker shows and accepts. */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** Accepted while typing, so 5/1/2026 and 05-01-2026 also work. */
export const DATE_INPUT_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DDMMYYYY'];

/** ISO date (YYYY-MM-DD) → Dayjs for a DatePicker; undefined when empty. */
export function isoToDayjs(iso: string | null | undefined): Dayjs | undefined {
  if (!iso) return undefined;
  const d = dayjs(iso.slice(0, 10), 'YYYY-MM-DD');
  return d.isValid() ? d : undefined;
}

/** DatePicker value → ISO date for the API; null when cleared. */
export function dayjsToIso(value: Dayjs | null | undefined): string | null {
  return value?.isValid() ? value.format('YYYY-MM-DD') : null;
}

/** A timestamp in Vietnam's business time zone as dd/MM/yyyy HH:mm:ss. */
export function formatViDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}:${get('second')}`;
}
