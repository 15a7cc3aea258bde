import { pdfImages } from '@vinhdanh/server/documents/pdf/pdf-inspect';
import type { Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { type ApiClient, apiLogin } from './api.ts';
import { DEMO_PASSWORD } from './browser.ts';

/** Clicks a button guarded by a Popconfirm and confirms it. */
export async function confirmed(page: Page, button: Locator): Promise<void> {
  await button.click();
  const ok = page.locator('.ant-popover:visible .ant-popconfirm-buttons .ant-btn-primary');
  await ok.waitFor();
  await page.waitForTimeout(150);
  await ok.click();
  await ok.waitFor({ state: 'hidden' });
}

/** Types a dd/mm/yyyy date into an antd DatePicker and commits it. */
export async function fillDate(input: Locator, isoDate: string): Promise<void> {
  const [y, m, d] = isoDate.split('-');
  await input.click();
  await input.fill(`${d}/${m}/${y}`);
  await input.press('Enter');
}

/** The calendar day in Việt Nam, shifted by `days`. */
export function vnDay(days = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** An account made by the administrator; its first password is changed so the browser lands in the app. */
export async function createAccount(
  admin: ApiClient,
  username: string,
  displayName: string,
  grants: { role: string; unitId: number }[],
): Promise<number> {
  const first = 'TamThoi@2026';
  const created = await admin.post<{ data: { id: number } }>('/users', {
    username,
    displayName,
    password: first,
    grants,
  });
  const self = await apiLogin(username, first);
  await self.post('/auth/password', { currentPassword: first, newPassword: DEMO_PASSWORD });
  return created.data.id;
}

interface DossierDetail {
  data: { id: number; version: number; status: string; nominees: { id: number; version: number }[] };
}

/**
 * The dossier issue's journey through the API: the officer of the Sở proposes people of its own
 * staff for a title conferred by the Sở itself (addressee: the Sở), submits; the Sở's appraiser
 * receives, assigns to herself, appraises every nominee eligible and completes the appraisal.
 */
export async function appraisedDossier(opts: {
  officer: ApiClient;
  appraiser: ApiClient;
  appraiserId: number;
  unitId: number;
  year: number;
  title: string;
  target: string;
  personIds: number[];
}): Promise<number> {
  const { officer, appraiser } = opts;
  let d = await officer.post<DossierDetail>('/dossiers', {
    unitId: opts.unitId,
    kind: 'regular',
    targetLevel: 'unit',
    year: opts.year,
    title: opts.title,
    nominees: opts.personIds.map((personId) => ({
      subjectKind: 'individual',
      personId,
      target: opts.target,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được Hội đồng sáng kiến của Sở công nhận.',
      justification: 'Đơn vị đã thẩm tra thành tích và sáng kiến; đề nghị Hội đồng xem xét.',
    })),
  });
  const step = async (c: ApiClient, action: string, extra: Record<string, unknown> = {}) => {
    d = await c.post<DossierDetail>(`/dossiers/${d.data.id}/transition`, {
      action,
      version: d.data.version,
      ...extra,
    });
  };
  await step(officer, 'submit');
  await step(appraiser, 'receive');
  await step(appraiser, 'assign', { assigneeUserId: opts.appraiserId });
  await step(appraiser, 'start_appraisal');
  for (const n of d.data.nominees)
    await appraiser.post(`/dossiers/${d.data.id}/nominees/${n.id}/appraise`, {
      version: n.version,
      outcome: 'eligible',
      reason: null,
    });
  d = await appraiser.get<DossierDetail>(`/dossiers/${d.data.id}`);
  await step(appraiser, 'complete_appraisal');
  if (d.data.status !== 'appraised') throw new Error(`dossier ${d.data.id} is ${d.data.status}`);
  return d.data.id;
}

/** Counts the page objects of a PDF (pdfkit writes them uncompressed). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/**
 * True when one of the PDF's images is the QR code of `url`, drawn as the certificate renderer does
 * it (a one-module quiet zone, 4 pixels per module): module by module, the image is the code.
 */
export function pdfHasQrOf(pdf: Buffer, url: string): boolean {
  const expected = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  return pdfImages(pdf).some((img) => {
    if (img.width !== (expected.size + 2) * 4) return false;
    const channels = img.colorSpace === 'DeviceRGB' ? 3 : 1;
    const dark = (r: number, c: number) => {
      const px = ((r + 1) * 4 + 2) * img.width + (c + 1) * 4 + 2;
      return (img.pixels[px * channels] ?? 255) < 128;
    };
    for (let r = 0; r < expected.size; r++)
      for (let c = 0; c < expected.size; c++) if (dark(r, c) !== (expected.get(r, c) === 1)) return false;
    return true;
  });
}
