import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  type CertificateInput,
  certificateVerifyUrl,
  formatDmy,
  formatLongDate,
  renderCertificates,
  renderCertificatesInWorker,
} from './certificate.ts';
import { pdfFontNames, pdfImages, pdfPageCount, pdfPageTexts } from './pdf-inspect.ts';

const NAMES = ['Nguyễn Thị Ánh Tuyết', 'Đặng Quốc Hưng', 'Trương Văn Ửng', 'Lê Thị Ỷ Lan'];

function item(name: string, i: number): CertificateInput {
  const code = `HL25-BK-${String(i).padStart(4, '0')}`;
  return {
    kind: i === 1 ? 'giay_khen' : i === 2 ? 'title' : 'bang_khen',
    issuerLines: ['Chủ tịch Ủy ban nhân dân tỉnh Hồng Lam'],
    formTitle: i === 1 ? 'GIẤY KHEN' : i === 2 ? 'Chiến sĩ thi đua cấp tỉnh' : 'BẰNG KHEN',
    recipientName: name,
    recipientUnit: 'Trường THPT chuyên Hồng Lam',
    achievementLine: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025',
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2025-12-20',
    registryNo: `2025/${457 + i}`,
    place: 'Hồng Lam',
    signDate: '2026-01-05',
    signerTitle: ['KT. Chủ tịch', 'Phó Chủ tịch'],
    signerName: 'Phạm Đức Ấn',
    verifyUrl: certificateVerifyUrl('https://vinhdanh.example.vn/', code),
    certificateCode: code,
  };
}

describe('certificate PDF renderer', () => {
  const items = NAMES.map(item);

  it('writes one A4 landscape page per awardee with the Noto Serif fonts embedded', async () => {
    const pdf = await renderCertificates(items);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(4);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const fonts = pdfFontNames(pdf);
    expect(fonts.some((f) => /\+NotoSerif-Regular$/.test(f))).toBe(true);
    expect(fonts.some((f) => /\+NotoSerif-Bold$/.test(f))).toBe(true);
    expect(fonts.some((f) => /\+NotoSerif-Italic$/.test(f))).toBe(true);
    // No standard (Latin-only) font slipped in.
    expect(fonts.filter((f) => !f.includes('NotoSerif'))).toEqual([]);
  });

  it('prints every fact with full diacritics in the text layer, page by page', async () => {
    const pages = pdfPageTexts(await renderCertificates(items, { compress: false }));
    expect(pages).toHaveLength(4);
    NAMES.forEach((name, i) => {
      const text = pages[i] ?? '';
      expect(text).toContain(name);
      for (const other of NAMES.filter((n) => n !== name)) expect(text).not.toContain(other);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HỒNG LAM');
      expect(text).toContain('Tặng');
      expect(text).toContain('Trường THPT chuyên Hồng Lam');
      expect(text).toContain('Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025');
      expect(text).toContain('Quyết định số 123/QĐ-UBND ngày 20/12/2025');
      expect(text).toContain(`Số sổ vàng: 2025/${457 + i}`);
      expect(text).toContain('Hồng Lam, ngày 05 tháng 01 năm 2026');
      expect(text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
      expect(text).toContain('Phạm Đức Ấn');
      expect(text).toContain(`Mã: HL25-BK-${String(i).padStart(4, '0')}`);
    });
    expect(pages[0]).toContain('BẰNG KHEN');
    expect(pages[1]).toContain('GIẤY KHEN');
    expect(pages[2]).toContain('CHIẾN SĨ THI ĐUA CẤP TỈNH');
  });

  it('keeps a long achievement and a two-line signer on a single page', async () => {
    const long = { ...item('Tôn Nữ Thị Hoàng Yến', 9), achievementLine: 'Đã có thành tích '.repeat(40) };
    const longest: CertificateInput = {
      ...long,
      issuerLines: ['Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hồng Lam và các đơn vị trực thuộc'],
      formTitle: 'Tập thể lao động xuất sắc cấp bộ, ban, ngành, tỉnh',
      recipientName: 'Phòng Giáo dục Trung học - Giáo dục Thường xuyên và Chuyên nghiệp',
      recipientUnit: 'Sở Giáo dục và Đào tạo tỉnh Hồng Lam, Ủy ban nhân dân tỉnh Hồng Lam, khối cơ quan',
    };
    const pdf = await renderCertificates([long, longest, long], { compress: false });
    expect(pdfPageCount(pdf)).toBe(3);
    // Cut at a word boundary, marked with an ellipsis.
    expect(pdfPageTexts(pdf)[1]).toMatch(/ (Đã|có|thành|tích)…/);
  });

  it('draws a QR code on each page that encodes the public verification address', async () => {
    const pdf = await renderCertificates(items, { compress: false });
    const images = pdfImages(pdf);
    expect(images).toHaveLength(4);
    images.forEach((img, i) => {
      const expected = QRCode.create(
        `https://vinhdanh.example.vn/xac-minh/HL25-BK-${String(i).padStart(4, '0')}`,
        {
          errorCorrectionLevel: 'M',
        },
      ).modules;
      // Rendered with a one-module quiet zone at 4 pixels per module.
      expect(img.width).toBe((expected.size + 2) * 4);
      const channels = img.colorSpace === 'DeviceRGB' ? 3 : 1;
      expect(img.pixels.length).toBe(img.width * img.height * channels);
      const dark = (r: number, c: number) => {
        const px = ((r + 1) * 4 + 2) * img.width + (c + 1) * 4 + 2;
        return (img.pixels[px * channels] ?? 255) < 128;
      };
      for (let r = 0; r < expected.size; r++)
        for (let c = 0; c < expected.size; c++)
          expect(dark(r, c), `module ${r},${c} of page ${i + 1}`).toBe(expected.get(r, c) === 1);
    });
  });

  it('builds the verification address and the official date forms', () => {
    expect(certificateVerifyUrl('http://127.0.0.1:3000', 'AB12')).toBe('http://127.0.0.1:3000/xac-minh/AB12');
    expect(certificateVerifyUrl('https://x.vn/portal//', 'A B/1')).toBe(
      'https://x.vn/portal/xac-minh/A%20B%2F1',
    );
    expect(formatDmy('2025-12-20')).toBe('20/12/2025');
    expect(formatLongDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatLongDate('2026-02-10')).toBe('ngày 10 tháng 02 năm 2026');
    expect(formatLongDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(formatLongDate('2025-12-20')).toBe('ngày 20 tháng 12 năm 2025');
  });

  it('renders the same pages in a worker thread, and reports a failure there as a rejection', async () => {
    const pdf = await renderCertificatesInWorker(items, { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(4);
    for (const [i, name] of NAMES.entries()) expect(pages[i]).toContain(name);
    await expect(renderCertificatesInWorker([])).rejects.toThrow(/no certificate/);
  });

  it('refuses an empty batch', async () => {
    await expect(renderCertificates([])).rejects.toThrow(/no certificate/);
  });
});
