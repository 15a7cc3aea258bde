import type { TestClient, TestContext } from '../../test/context.ts';

/** Posts one file as multipart/form-data (field "file") as `client`. */
export function postFile(t: TestContext, client: TestClient, url: string, fileName: string, bytes: Buffer) {
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
