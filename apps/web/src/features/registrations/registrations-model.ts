import type { registrationGridSchema } from '@vinhdanh/contracts';
import type { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';

export type Grid = z.infer<typeof registrationGridSchema>;
export type Registration = NonNullable<Grid['collectives'][number]['registration']>;
export type CollectiveRow = Grid['collectives'][number];
export type PersonRow = Grid['people']['data'][number];
export type Status = Registration['status'];
export type TitleOption = { value: string; label: string };

export const STATUS_COLORS: Record<Status, string> = {
  draft: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'red',
};
export const statusKey = (s: Status) => `reg.status.${s}` as MessageKey;
export const PAGE_SIZE = 20;
