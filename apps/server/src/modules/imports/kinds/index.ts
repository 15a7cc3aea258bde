import type { ImportKind } from '@vinhdanh/contracts';
import { awardsKind } from './awards.kind.ts';
import type { KindSpec } from './kind.ts';
import { peopleKind } from './people.kind.ts';
import { unitsKind } from './units.kind.ts';
import { yearlyKind } from './yearly.kind.ts';

export const importKindSpecs: Record<ImportKind, KindSpec> = {
  units: unitsKind,
  people: peopleKind,
  yearly: yearlyKind,
  awards: awardsKind,
};
