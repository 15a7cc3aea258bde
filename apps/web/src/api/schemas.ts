import {
  auditEventSchema,
  paged,
  personSchema,
  personDetailSchema,
  unitSchema,
  userSchema,
  withAbilities,
} from '@vinhdanh/contracts';
import type { z } from 'zod';

/** Response schemas built once from the contracts, so pages parse and type what they receive. */
export const unitPage = paged(unitSchema);
export const unitOne = withAbilities(unitSchema);
export const personPage = paged(personSchema);
export const personOne = withAbilities(personSchema);
export const personDetailOne = withAbilities(personDetailSchema);
export const userPage = paged(userSchema);
export const userOne = withAbilities(userSchema);
export const auditPage = paged(auditEventSchema);

export type Paged<T> = { data: T[]; page: number; pageSize: number; total: number };
export type Abilities = z.infer<typeof unitOne>['abilities'];
