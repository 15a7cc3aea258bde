import type { TestClient, TestContext } from '../../test/context.ts';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Uploads one file as multipart field "file" as `client`. */
export function uploadFile(t: TestContext, client: TestClient, url: string, fileName: string, bytes: Buffer) {
  const boundary = `----vinhdanh${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
}

/** A small table: I (60 = 1.1 + 1.2 with evidence), II (40), bonus C (cap 5), penalty D (cap 10). */
export const sampleCriteria = [
  { code: 'I', name: 'Thực hiện nhiệm vụ chính trị', maxPoints: 60 },
  { code: '1.1', parentCode: 'I', name: 'Hoàn thành chỉ tiêu được giao', maxPoints: 30 },
  { code: '1.2', parentCode: 'I', name: 'Cải cách hành chính', maxPoints: 30, evidenceRequired: true },
  { code: 'II', name: 'Công tác thi đua, khen thưởng', maxPoints: 40 },
  { code: 'C', name: 'Điểm thưởng', kind: 'bonus', maxPoints: 5, cap: 5 },
  { code: 'C.1', parentCode: 'C', name: 'Sáng kiến cấp tỉnh', kind: 'bonus', maxPoints: 3 },
  { code: 'C.2', parentCode: 'C', name: 'Được khen đột xuất', kind: 'bonus', maxPoints: 4 },
  { code: 'D', name: 'Điểm trừ', kind: 'penalty', maxPoints: 10, cap: 10 },
  { code: 'D.1', parentCode: 'D', name: 'Nộp báo cáo chậm', kind: 'penalty', maxPoints: 8 },
];

export const sampleSettings = {
  bands: [
    { name: 'Xuất sắc', minPoints: 95 },
    { name: 'Tốt', minPoints: 80 },
  ],
  flagCount: 1,
  certificateCount: 1,
};
