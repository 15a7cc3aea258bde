import ExcelJS from 'exceljs';
import type { ImportKind } from '@vinhdanh/contracts';
import type { TestClient, TestContext } from '../../test/context.ts';

export type Cell = string | number | boolean | null;

/** A workbook built in memory for a test: sheet name → rows (the first row is the header). */
export async function xlsxOf(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The values of a sheet's rows, as arrays from column A. */
export function sheetValues(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function multipart(fileName: string, bytes: Buffer, field = 'file') {
  const boundary = `----vinhdanh${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Uploads a file for import as `client`. */
export async function upload(
  t: TestContext,
  client: TestClient,
  kind: ImportKind,
  bytes: Buffer,
  fileName = 'nhap.xlsx',
) {
  const { payload, contentType } = multipart(fileName, bytes);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/${kind}`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': contentType },
    payload,
  });
  // A failing upload names its error in the test output (rare reader failures are hard to reproduce).
  if (res.statusCode >= 500 || res.json()?.error?.code === 'IMPORT_INVALID_FILE')
    console.error('upload:', res.statusCode, res.body);
  return res;
}

/** Downloads a binary (template, export) as `client`. */
export async function download(t: TestContext, client: TestClient, url: string): Promise<Buffer> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res.rawPayload;
}
