import ExcelJS from 'exceljs';
import type { Suggestion } from './eligibility.service.ts';

const OUTCOME_VI: Record<string, string> = {
  eligible: 'Đủ điều kiện',
  needs_council_vote: 'Đủ tiêu chuẩn, cần Hội đồng bỏ phiếu',
  deferred: 'Tạm hoãn xét',
  not_eligible: 'Không đủ điều kiện',
};

/** The suggestion list as an .xlsx a unit officer can work from (Vietnamese headers, one row per title). */
export async function suggestionsWorkbook(rows: Suggestion[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'VinhDanh';
  const ws = wb.addWorksheet('Đề xuất');
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const header = ws.addRow([
    'STT',
    'Đối tượng',
    'Họ và tên / Tên tập thể',
    'Đơn vị',
    'Danh hiệu / hình thức',
    'Kết quả',
    'Căn cứ',
  ]);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.subjectKind === 'individual' ? 'Cá nhân' : 'Tập thể',
      r.name,
      r.unitName,
      r.targetName,
      OUTCOME_VI[r.outcome] ?? r.outcome,
      r.summary,
    ]);
  });
  ws.columns = [
    { width: 6 },
    { width: 10 },
    { width: 32 },
    { width: 36 },
    { width: 40 },
    { width: 30 },
    { width: 80 },
  ];
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
