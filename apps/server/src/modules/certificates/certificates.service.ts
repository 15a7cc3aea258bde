import type { Readable } from 'node:stream';
import { getCatalogEntry } from '@vinhdanh/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decision, decisionAward, honour, nominee, unit } from '../../db/schema/index.ts';
import {
  type CertificateInput,
  type CertificateKind,
  certificateVerifyUrl,
  renderCertificatesInWorker,
  renderCertificatesStream,
} from '../../documents/pdf/certificate.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';

/**
 * Certificates (bằng khen, giấy khen, titles) printed from an issued decision. Reads the decision tables
 * directly; permission `decision.read` on the issuer's subtree (a decision outside it answers 404).
 */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:3000';

export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.VINHDANH_PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL;
}

type DecisionRow = typeof decision.$inferSelect;
type AwardRow = typeof decisionAward.$inferSelect;

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM", "GIÁM ĐỐC SỞ …", "HIỆU TRƯỞNG TRƯỜNG …": the head of the issuer. */
export function issuerHeading(unitName: string): string {
  const name = unitName.trim().replace(/^UBND\s+/i, 'Ủy ban nhân dân ');
  const heads: Array<[RegExp, string]> = [
    [/^(ủy|uỷ) ban nhân dân(?=\s|$)/i, 'Chủ tịch'],
    [/^(sở|bệnh viện|công ty|trung tâm|viện|bảo tàng|đài|nhà xuất bản)(?=\s|$)/i, 'Giám đốc'],
    [/^(trường|học viện)(?=\s|$)/i, 'Hiệu trưởng'],
    [/^(ban|văn phòng)(?=\s|$)/i, 'Trưởng'],
    [/^(cục|chi cục)(?=\s|$)/i, 'Cục trưởng'],
  ];
  const head = heads.find(([re]) => re.test(name))?.[1] ?? 'Thủ trưởng';
  return upper(`${head} ${name}`);
}

/** The province's place name for the date line: "Ủy ban nhân dân tỉnh Hồng Lam" → "Hồng Lam". */
export function placeName(rootUnitName: string): string {
  return rootUnitName
    .trim()
    .replace(/^(ủy|uỷ) ban nhân dân\s+|^UBND\s+/i, '')
    .replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/i, '')
    .trim();
}

export function certificateForm(
  code: string,
  issuerLevel: string,
): { kind: CertificateKind; formTitle: string } {
  if (code.startsWith('BK_')) return { kind: 'bang_khen', formTitle: 'BẰNG KHEN' };
  if (code === 'GIAY_KHEN') return { kind: 'giay_khen', formTitle: 'GIẤY KHEN' };
  let name = getCatalogEntry(code)?.name.vi ?? code;
  if (issuerLevel === 'province') name = name.replace(/cấp bộ, ban, ngành, tỉnh/i, 'cấp tỉnh');
  return { kind: 'title', formTitle: upper(name) };
}

function achievementLine(achievement: string | null, year: number): string {
  const a = achievement?.trim().replace(/\s+/g, ' ');
  if (!a) return `Đã có thành tích xuất sắc trong phong trào thi đua năm ${year}`;
  return a.charAt(0).toLocaleUpperCase('vi') + a.slice(1);
}

async function readableDecision(db: Db, ctx: Ctx, id: number): Promise<DecisionRow> {
  const [d] = await db.select().from(decision).where(eq(decision.id, id));
  if (!d || !hasPermission(ctx.actor, 'decision.read', d.issuerPath))
    throw new AppError('NOT_FOUND', { entity: 'decision' });
  if (d.kind !== 'award' || d.status !== 'issued' || !d.number || !d.decisionDate)
    throw new AppError(
      'CERTIFICATE_NOT_ISSUED',
      { decisionId: d.id, status: d.status, kind: d.kind },
      d.kind !== 'award' ? 'Quyết định hủy bỏ khen thưởng không có bằng, giấy khen để in.' : undefined,
    );
  return d;
}

async function certificateInputs(db: Db, d: DecisionRow, awards: AwardRow[]): Promise<CertificateInput[]> {
  const pathIds = d.issuerPath.split('/').filter(Boolean).map(Number);
  const units = await db
    .select({ id: unit.id, name: unit.name })
    .from(unit)
    .where(inArray(unit.id, [...new Set([...pathIds, d.issuerUnitId])]));
  const issuerName = units.find((u) => u.id === d.issuerUnitId)?.name ?? '';
  const rootName = units.find((u) => u.id === pathIds[0])?.name ?? issuerName;
  const ids = awards.map((a) => a.id);
  const nomineeIds = awards.map((a) => a.nomineeId).filter((x): x is number => x !== null);
  const [years, achievements] = await Promise.all([
    db
      .select({ id: honour.decisionAwardId, year: honour.year })
      .from(honour)
      .where(inArray(honour.decisionAwardId, ids)),
    nomineeIds.length
      ? db
          .select({ id: nominee.id, achievement: nominee.achievement })
          .from(nominee)
          .where(inArray(nominee.id, nomineeIds))
      : Promise.resolve([]),
  ]);
  const yearOf = new Map(years.map((y) => [y.id, y.year]));
  const achievementOf = new Map(achievements.map((n) => [n.id, n.achievement]));
  const base = publicBaseUrl();
  const signerTitle = (d.signerTitle ?? 'Chủ tịch')
    .split(/\n|\s*\/\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const place = placeName(rootName);
  const issuerLines = [issuerHeading(issuerName)];
  const decisionDate = d.decisionDate ?? '';
  return awards.map((a) => {
    const { kind, formTitle } = certificateForm(a.code, d.issuerLevel);
    const unitLine = a.unitName && a.unitName !== a.subjectName ? a.unitName : null;
    return {
      kind,
      issuerLines,
      formTitle,
      recipientName: a.subjectName,
      recipientUnit: unitLine,
      achievementLine: achievementLine(
        a.nomineeId ? (achievementOf.get(a.nomineeId) ?? null) : null,
        yearOf.get(a.id) ?? d.year,
      ),
      decisionNumber: d.number ?? '',
      decisionDate,
      registryNo: a.registryNo,
      place,
      signDate: decisionDate,
      signerTitle,
      signerName: d.signerName ?? '',
      verifyUrl: certificateVerifyUrl(base, a.certificateCode),
      certificateCode: a.certificateCode,
    };
  });
}

export interface CertificateFile {
  fileName: string;
  pages: number;
  body: Readable | Buffer;
}

/** From this many pages on, a batch is laid out in a worker thread so the event loop stays free. */
export const WORKER_BATCH_MIN = 20;

async function render(items: CertificateInput[]): Promise<Readable | Buffer> {
  return items.length >= WORKER_BATCH_MIN
    ? renderCertificatesInWorker(items)
    : renderCertificatesStream(items);
}

const fileStem = (number: string) => number.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** All not-revoked awardees of an issued decision: one PDF, one page each, in the decision's order. */
export async function decisionCertificates(db: Db, ctx: Ctx, decisionId: number): Promise<CertificateFile> {
  const d = await readableDecision(db, ctx, decisionId);
  const all = await db
    .select()
    .from(decisionAward)
    .where(eq(decisionAward.decisionId, d.id))
    .orderBy(asc(decisionAward.id));
  const awards = all.filter((a) => a.revokedAt === null);
  if (awards.length === 0)
    throw new AppError(
      all.length ? 'CERTIFICATE_REVOKED' : 'CERTIFICATE_NOT_ISSUED',
      { decisionId: d.id },
      all.length
        ? 'Tất cả khen thưởng của quyết định này đã bị hủy bỏ; không còn bằng, giấy khen để in.'
        : 'Quyết định này không có cá nhân, tập thể được khen thưởng.',
    );
  const items = await certificateInputs(db, d, awards);
  return {
    fileName: `chung-nhan-${fileStem(d.number ?? String(d.id))}.pdf`,
    pages: items.length,
    body: await render(items),
  };
}

/** One awardee's certificate; a revoked award is refused. */
export async function awardCertificate(db: Db, ctx: Ctx, decisionAwardId: number): Promise<CertificateFile> {
  const [a] = await db.select().from(decisionAward).where(eq(decisionAward.id, decisionAwardId));
  if (!a) throw new AppError('NOT_FOUND', { entity: 'decision_award' });
  // 404 outside the issuer's subtree, before anything about the award is disclosed.
  const d = await readableDecision(db, ctx, a.decisionId);
  if (a.revokedAt)
    throw new AppError('CERTIFICATE_REVOKED', {
      decisionAwardId: a.id,
      revokedAt: a.revokedAt.toISOString(),
    });
  const items = await certificateInputs(db, d, [a]);
  return {
    fileName: `chung-nhan-${fileStem(a.certificateCode)}.pdf`,
    pages: 1,
    body: await renderCertificatesStream(items),
  };
}
