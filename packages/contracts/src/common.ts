import { z } from 'zod';

export const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD' });
export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
}

/** Every single-record response: the record plus the actions the actor may take on it. */
export function withAbilities<T extends z.ZodType>(item: T) {
  return z.object({ data: item, abilities: z.record(z.string(), z.boolean()) });
}

export const okSchema = z.object({ ok: z.literal(true) });
