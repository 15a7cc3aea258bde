/**
 * Calendar deadlines for dossiers. CSTĐTQ reaches BNV by 31/12 of the year after ("năm liền kề") the
 * second consecutive CSTĐ tỉnh, read as year + 1 [D]; Cờ thi đua CP by 30/06 each year (education
 * 31/12) (NĐ 98/2023 Art. 32 [V-Q]; NĐ 152 carry-over unverified). Provinces set their own closing
 * dates (Bắc Ninh 10/12, education 10/07: QĐ 86/2025 Art. 6 [V-P]) in the parameters.
 */
import type { RuleParameters } from './parameter-defaults.ts';
import type { IsoDate } from './types.ts';

export function nationalFighterDossierDeadline(secondProvincialTitleYear: number): IsoDate {
  return `${secondProvincialTitleYear + 1}-12-31`;
}

export function governmentFlagDossierDeadline(year: number, isEducation: boolean): IsoDate {
  return isEducation ? `${year}-12-31` : `${year}-06-30`;
}

/** The province's closing date for a year's annual dossiers, or null when none is configured. */
export function annualDossierDeadline(
  year: number,
  isEducation: boolean,
  params: RuleParameters,
): IsoDate | null {
  const mmdd = isEducation ? params.educationDossierDeadline : params.annualDossierDeadline;
  return mmdd === null ? null : `${year}-${mmdd}`;
}

export interface TimelinessResult {
  readonly deadline: IsoDate | null;
  readonly onTime: boolean;
}

/** On time when received on or before the deadline; always on time without a deadline. */
export function checkDossierTimeliness(received: IsoDate, deadline: IsoDate | null): TimelinessResult {
  return { deadline, onTime: deadline === null || received <= deadline };
}
