import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decision, decisionAward, honour, type unit } from '../../db/schema/index.ts';
import { pdfFontNames, pdfImages, pdfPageCount, pdfPageTexts } from '../../documents/pdf/pdf-inspect.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/context.ts';
import {
  certificateForm,
  issuerHeading,
  placeName,
  publicBaseUrl,
  WORKER_BATCH_MIN,
} from './certificates.service.ts';

let t: TestContext;
let root: typeof unit.$inferSelect;
let commune: typeof unit.$inferSelect;
let signer: TestClient;
let provinceViewer: TestClient;
let communeViewer: TestClient;
let officer: TestClient;
let issuedId: number;
let draftId: number;
let allRevokedId: number;
const awardIds: Record<string, number> = {};

const NAMES = ['Nguyễn Thị Ánh Tuyết', 'Đặng Quốc Hưng', 'Trương Văn Ửng', 'Lê Thị Ỷ Lan'];

async function insertDecision(values: Partial<typeof decision.$inferInsert>) {
  const [d] = await t.database.db
    .insert(decision)
    .values({
      issuerUnitId: root.id,
      issuerPath: root.path,
      issuerLevel: 'province',
      year: 2025,
      symbol: 'QĐ-UBND',
      title: 'Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh',
      ...values,
    })
    .returning();
  return d!;
}

async function insertAward(decisionId: number, name: string, i: number, revoked = false) {
  const [a] = await t.database.db
    .insert(decisionAward)
    .values({
      decisionId,
      subjectName: name,
      unitName: 'Trường THPT chuyên Hồng Lam',
      code: i === 2 ? 'CSTD_TINH' : 'BK_TINH',
      kind: 'individual',
      certificateCode: `CERT${decisionId}X${i}`,
      registryNo: `${String(i + 1).padStart(4, '0')}/2025`,
      revokedAt: revoked ? new Date('2026-02-01T00:00:00Z') : null,
    })
    .returning();
  await t.database.db.insert(honour).values({
    decisionAwardId: a!.id,
    year: 2025,
    code: a!.code,
    subjectKind: 'individual',
    name,
    searchName: name,
    sortKey: name,
    certificateCode: a!.certificateCode,
    revoked,
  });
  return a!;
}

async function get(client: TestClient, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
}

beforeAll(async () => {
  t = await createTestContext();
  root = await t.factories.unit({ name: 'Ủy ban nhân dân tỉnh Hồng Lam' });
  await t.factories.unit({ name: 'Sở Giáo dục và Đào tạo', parentId: root.id });
  commune = await t.factories.unit({
    name: 'UBND xã An Hòa',
    parentId: root.id,
    kind: 'commune',
    level: 'commune',
  });
  const issued = await insertDecision({
    seq: 123,
    number: '123/QĐ-UBND',
    decisionDate: '2025-12-20',
    status: 'issued',
    signerName: 'Phạm Đức Ấn',
    signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
    issuedAt: new Date('2025-12-20T03:00:00Z'),
  });
  issuedId = issued.id;
  for (const [i, name] of NAMES.entries()) awardIds[name] = (await insertAward(issued.id, name, i)).id;
  awardIds.revoked = (await insertAward(issued.id, 'Hoàng Văn Thu Hồi', 9, true)).id;
  draftId = (await insertDecision({ status: 'draft' })).id;
  const allRevoked = await insertDecision({
    seq: 124,
    number: '124/QĐ-UBND',
    decisionDate: '2025-12-21',
    status: 'issued',
    signerName: 'Phạm Đức Ấn',
    signerTitle: 'Chủ tịch',
  });
  allRevokedId = allRevoked.id;
  await insertAward(allRevoked.id, 'Mai Thị Hủy', 7, true);
  signer = await t.actingAs('signer', root.id);
  provinceViewer = await t.actingAs('viewer', root.id);
  communeViewer = await t.actingAs('viewer', commune.id);
  officer = await t.actingAs('unit_officer', root.id);
});
afterAll(() => t.close());

describe('GET /decisions/:id/certificates.pdf', () => {
  it('prints one page per not-revoked awardee of an issued decision, with Noto Serif and a QR each', async () => {
    for (const client of [signer, provinceViewer]) {
      const res = await get(client, `/api/v1/decisions/${issuedId}/certificates.pdf`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(
        'chung-nhan-123-QĐ-UBND.pdf'.replace('Đ', '%C4%90'),
      );
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBe(NAMES.length);
      expect(res.headers['x-certificate-pages']).toBe(String(NAMES.length));
      expect(pdfFontNames(pdf).some((f) => f.endsWith('+NotoSerif-Bold'))).toBe(true);
      expect(pdfImages(pdf)).toHaveLength(NAMES.length);
    }
  });

  it('prints the decision facts on every page, in the decision order, without the revoked award', async () => {
    const res = await get(signer, `/api/v1/decisions/${issuedId}/certificates.pdf`);
    const pages = pdfPageTexts(res.rawPayload);
    expect(pages).toHaveLength(NAMES.length);
    NAMES.forEach((name, i) => {
      const text = pages[i] ?? '';
      expect(text).toContain(name);
      expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM');
      expect(text).toContain(i === 2 ? 'CHIẾN SĨ THI ĐUA CẤP TỈNH' : 'BẰNG KHEN');
      expect(text).toContain('Trường THPT chuyên Hồng Lam');
      expect(text).toContain('Đã có thành tích xuất sắc trong phong trào thi đua năm 2025');
      expect(text).toContain('Quyết định số 123/QĐ-UBND ngày 20/12/2025');
      expect(text).toContain(`Số sổ vàng: ${String(i + 1).padStart(4, '0')}/2025`);
      expect(text).toContain('Hồng Lam, ngày 20 tháng 12 năm 2025');
      expect(text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Đức Ấn');
      expect(text).toContain(`Mã: CERT${issuedId}X${i}`);
    });
    expect(pages.join(' ')).not.toContain('Hoàng Văn Thu Hồi');
  });

  it('lays out a large batch in a worker thread: same pages, one per awardee', async () => {
    const big = await insertDecision({
      seq: 125,
      number: '125/QĐ-UBND',
      decisionDate: '2025-12-22',
      status: 'issued',
      signerName: 'Phạm Đức Ấn',
      signerTitle: 'Chủ tịch',
    });
    const n = WORKER_BATCH_MIN + 2;
    for (let i = 0; i < n; i++) await insertAward(big.id, `Nguyễn Văn Lớn ${i + 1}`, 100 + i, i === 0);
    const res = await get(signer, `/api/v1/decisions/${big.id}/certificates.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const pages = pdfPageTexts(res.rawPayload);
    expect(pages).toHaveLength(n - 1);
    expect(pages[0]).toContain('Nguyễn Văn Lớn 2');
    expect(pages.at(-1)).toContain(`Nguyễn Văn Lớn ${n}`);
    expect(pages[0]).toContain('Quyết định số 125/QĐ-UBND ngày 22/12/2025');
  });

  it('answers 404 outside the issuer subtree or without decision.read', async () => {
    for (const client of [communeViewer, officer]) {
      const res = await get(client, `/api/v1/decisions/${issuedId}/certificates.pdf`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect((await get(signer, '/api/v1/decisions/999999/certificates.pdf')).statusCode).toBe(404);
  });

  it('refuses a draft decision and a decision whose awards were all revoked', async () => {
    const draft = await get(signer, `/api/v1/decisions/${draftId}/certificates.pdf`);
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.code).toBe('CERTIFICATE_NOT_ISSUED');
    const revoked = await get(signer, `/api/v1/decisions/${allRevokedId}/certificates.pdf`);
    expect(revoked.statusCode).toBe(409);
    expect(revoked.json().error.code).toBe('CERTIFICATE_REVOKED');
    expect(revoked.json().error.message).toContain('đã bị hủy bỏ');
  });
});

describe('GET /decision-awards/:id/certificate.pdf', () => {
  it('prints a single certificate', async () => {
    const res = await get(
      provinceViewer,
      `/api/v1/decision-awards/${awardIds['Trương Văn Ửng']}/certificate.pdf`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(pdfPageCount(res.rawPayload)).toBe(1);
  });

  it('refuses a revoked award with a clear message', async () => {
    const res = await get(signer, `/api/v1/decision-awards/${awardIds.revoked}/certificate.pdf`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CERTIFICATE_REVOKED' });
    expect(res.json().error.message).toMatch(/đã bị hủy bỏ/);
  });

  it('answers 404 outside scope, even for a revoked award', async () => {
    for (const id of [awardIds['Đặng Quốc Hưng'], awardIds.revoked])
      expect((await get(communeViewer, `/api/v1/decision-awards/${id}/certificate.pdf`)).statusCode).toBe(
        404,
      );
  });
});

describe('certificate facts', () => {
  it('names the issuer head, the place and the form', () => {
    expect(issuerHeading('Ủy ban nhân dân tỉnh Hồng Lam')).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM');
    expect(issuerHeading('UBND xã An Hòa')).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN HÒA');
    expect(issuerHeading('Sở Giáo dục và Đào tạo')).toBe('GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(issuerHeading('Trường THPT chuyên Hồng Lam')).toBe('HIỆU TRƯỞNG TRƯỜNG THPT CHUYÊN HỒNG LAM');
    expect(placeName('Ủy ban nhân dân tỉnh Hồng Lam')).toBe('Hồng Lam');
    expect(certificateForm('BK_TINH', 'province')).toEqual({ kind: 'bang_khen', formTitle: 'BẰNG KHEN' });
    expect(certificateForm('GIAY_KHEN', 'commune')).toEqual({ kind: 'giay_khen', formTitle: 'GIẤY KHEN' });
    expect(certificateForm('CSTD_TINH', 'province')).toEqual({
      kind: 'title',
      formTitle: 'CHIẾN SĨ THI ĐUA CẤP TỈNH',
    });
    expect(publicBaseUrl({})).toBe('http://127.0.0.1:3000');
    expect(publicBaseUrl({ VINHDANH_PUBLIC_URL: 'https://vinhdanh.honglam.gov.vn' })).toBe(
      'https://vinhdanh.honglam.gov.vn',
    );
  });
});
