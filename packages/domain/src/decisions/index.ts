/**
 * Commendation decisions (quyết định khen thưởng), pure parts: the issuer's level and register symbol,
 * decision numbers ("123/QĐ-UBND"), the public-disclosure gate, per-awardee amounts on the base salary
 * in force, and the public certificate code. No I/O: the server reads the rows and passes them in.
 */
import { councilThresholdFor } from '../rules/council-threshold.ts';
import type { RuleParameters } from '../rules/parameter-defaults.ts';
import { computeRewardBatch, type RewardOptions } from '../rules/reward-amount.ts';
import type { AwardKind, IsoDate, IssuerLevel, SubjectKind } from '../rules/types.ts';

// ——— issuer ———

export interface IssuerUnitFacts {
  /** The unit has no parent: the province root (UBND tỉnh). */
  readonly isRoot: boolean;
  readonly kind: string;
  readonly level: string;
}

/**
 * The level whose powers the head of a unit exercises: the province root → 'province' (Chủ tịch UBND
 * tỉnh); a commune (kind 'commune') → 'commune'; a historical district UBND (level 'district', kind
 * 'agency' or 'commune') → 'district' (kept so old decisions stay explainable; canConfer refuses it from
 * 01/07/2025); every other agency, school, enterprise … → 'unit' (thủ trưởng cơ quan, đơn vị).
 */
export function issuerLevelOfUnit(u: IssuerUnitFacts): IssuerLevel {
  if (u.isRoot && u.level === 'province') return 'province';
  if (u.kind === 'commune' && u.level === 'commune') return 'commune';
  if (u.level === 'district' && (u.kind === 'agency' || u.kind === 'commune')) return 'district';
  return 'unit';
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/**
 * The symbol after "QĐ-" in the register: 'UBND' for a people's committee (province, commune,
 * district); otherwise the unit's code or short name without marks ("SGD" → "QĐ-SGD"), else the
 * initials of its name ("Trường THPT Vị Thanh" → "TTVT").
 */
export function issuerSymbol(
  level: IssuerLevel,
  unit: { code?: string | null; shortName?: string | null; name: string },
): string {
  if (level === 'province' || level === 'commune' || level === 'district') return 'UBND';
  const given = unit.shortName?.trim() || unit.code?.trim();
  if (given)
    return fold(given)
      .toUpperCase()
      .replace(/[^A-Z0-9&]+/g, '');
  const initials = fold(unit.name)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z0-9]{2,}$/.test(w) ? w : w[0]!.toUpperCase()))
    .join('');
  return initials.replace(/[^A-Z0-9]+/g, '') || 'DV';
}

/** "123/QĐ-UBND": the sequence in the issuer's register for the year, then the symbol. */
export function formatDecisionNumber(seq: number, symbol: string): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`decision sequence must be ≥ 1, got ${seq}`);
  return `${seq}/QĐ-${symbol}`;
}

/** "Số sổ vàng": the n-th award entered in the issuer's register in a year, e.g. "0007/2026". */
export function formatRegistryNo(n: number, year: number): string {
  return `${String(n).padStart(4, '0')}/${year}`;
}

/** Who the award history names as issuer: "Chủ tịch UBND tỉnh Hồng Lam", "Thủ trưởng Sở …". */
export function issuerAuthorityName(level: IssuerLevel, unitName: string): string {
  const who = level === 'unit' ? 'Thủ trưởng' : 'Chủ tịch';
  return `${who} ${unitName}`;
}

// ——— public disclosure gate ———

/** Kinds issued without waiting for a disclosure period by default: ad-hoc awards (khen thưởng đột xuất). */
export const DEFAULT_DISCLOSURE_EXEMPT_KINDS: readonly AwardKind[] = ['adhoc'];

export type DisclosureState =
  /** The kind is exempt (ad-hoc by default). */
  | 'exempt'
  /** A disclosure covers the dossier and its period has ended before the decision date. */
  | 'ended'
  /** A disclosure covers the dossier and is still running on the decision date: blocks. */
  | 'running'
  /** No disclosure, and the province sets no disclosure period (parameter null): does not block. */
  | 'not_required'
  /** No disclosure although the province requires one (disclosurePeriodDays set): blocks. */
  | 'missing';

export interface DisclosureGateInput {
  readonly dossiers: readonly { id: number; kind: string }[];
  /** Published disclosures (withdrawn ones left out by the caller). */
  readonly disclosures: readonly { dossierIds: readonly number[]; endsOn: IsoDate }[];
  readonly decisionDate: IsoDate;
  /** The province parameter disclosurePeriodDays on the decision date; null = no period set. */
  readonly periodDays: number | null;
  readonly exemptKinds?: readonly string[];
}

export interface DisclosureGateItem {
  readonly dossierId: number;
  readonly state: DisclosureState;
  /** Last day of the latest disclosure covering the dossier, when there is one. */
  readonly endsOn: IsoDate | null;
  /** First day a decision may carry: the day after endsOn. */
  readonly issuableFrom: IsoDate | null;
}

export interface DisclosureGateResult {
  readonly allowed: boolean;
  readonly items: readonly DisclosureGateItem[];
}

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A decision may not be issued before the public disclosure of its dossiers has ended (Law Art. 84;
 * legal-rules §4.x). `endsOn` is the last day of the disclosure, so the first issuable date is the day
 * after it. When several disclosures cover a dossier the latest end counts. Exempt kinds (ad-hoc by
 * default) pass; a dossier with no disclosure passes only when the province sets no disclosure period.
 */
export function checkDisclosureGate(input: DisclosureGateInput): DisclosureGateResult {
  const exempt = input.exemptKinds ?? DEFAULT_DISCLOSURE_EXEMPT_KINDS;
  const items = input.dossiers.map((d): DisclosureGateItem => {
    const ends = input.disclosures
      .filter((x) => x.dossierIds.includes(d.id))
      .map((x) => x.endsOn)
      .sort();
    const endsOn = ends.length > 0 ? ends[ends.length - 1]! : null;
    const issuableFrom = endsOn ? nextDay(endsOn) : null;
    let state: DisclosureState;
    if (exempt.includes(d.kind)) state = 'exempt';
    else if (endsOn) state = input.decisionDate > endsOn ? 'ended' : 'running';
    else state = input.periodDays == null ? 'not_required' : 'missing';
    return { dossierId: d.id, state, endsOn, issuableFrom };
  });
  return { allowed: items.every((i) => i.state !== 'running' && i.state !== 'missing'), items };
}

// ——— amounts ———

export interface AwardeeForAmount {
  /** Identifies the subject across lines: 'p:12' for a person, 'u:5' for a unit. */
  readonly subjectKey: string;
  readonly subjectKind: SubjectKind;
  readonly code: string;
  /** Emulation year the title counts for: titles of one subject and year pay only the highest. */
  readonly year: number;
}

export interface AwardeeAmount {
  readonly amount: number | null;
  readonly paid: number;
  readonly note: 'paid' | 'superseded_same_period' | 'no_amount';
  readonly baseSalary: number | null;
  readonly multipleMilli: number | null;
}

/**
 * Money for each awardee of a decision, on the base salary in force on the decision date: the lines of
 * one subject go through computeRewardBatch together (one title per period, all forms paid).
 */
export function decisionAmounts(
  awardees: readonly AwardeeForAmount[],
  decisionDate: IsoDate,
  options: RewardOptions = {},
): { lines: AwardeeAmount[]; total: number } {
  const out: AwardeeAmount[] = new Array(awardees.length);
  const bySubject = new Map<string, number[]>();
  awardees.forEach((a, i) => {
    const list = bySubject.get(a.subjectKey);
    if (list) list.push(i);
    else bySubject.set(a.subjectKey, [i]);
  });
  let total = 0;
  for (const indexes of bySubject.values()) {
    const batch = computeRewardBatch(
      indexes.map((i) => {
        const a = awardees[i]!;
        return { code: a.code, subjectKind: a.subjectKind, decisionDate, period: String(a.year) };
      }),
      options,
    );
    batch.lines.forEach((line, k) => {
      out[indexes[k]!] = {
        amount: line.amount?.amount ?? null,
        paid: line.paid,
        note: line.note,
        baseSalary: line.amount?.baseSalary ?? null,
        multipleMilli: line.amount?.multipleMilli ?? null,
      };
    });
    total += batch.total;
  }
  return { lines: out, total };
}

/** "2.340.000" — VND with dot thousands separators, as printed in Vietnamese documents. */
export function formatVnd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

// ——— certificate code ———

/** Crockford base32: no I, L, O, U, so a code read off paper is not misread. */
export const CERTIFICATE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CERTIFICATE_CODE_LENGTH = 10;

/** A 10-character code from 10 random bytes (50 bits used): the caller supplies crypto randomness. */
export function certificateCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < CERTIFICATE_CODE_LENGTH)
    throw new RangeError(`need ${CERTIFICATE_CODE_LENGTH} random bytes, got ${bytes.length}`);
  let code = '';
  for (let i = 0; i < CERTIFICATE_CODE_LENGTH; i++) code += CERTIFICATE_ALPHABET[bytes[i]! & 31];
  return code;
}

// ——— council ———

/**
 * Does the title or form need the council's ballot before a decision (NĐ 98 Art. 30.7 thresholds, as
 * the province parameters set them)? Such nominees enter a decision only once a session passed them.
 */
export function needsCouncilVote(target: string, params: RuleParameters): boolean {
  return councilThresholdFor(target, params) != null;
}
