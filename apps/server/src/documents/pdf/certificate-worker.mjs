// Renders a certificate batch off the main thread (see renderCertificatesInWorker). Plain ESM so that it
// starts the same way under tsx, vitest and node: tsx is registered here to load the TypeScript renderer.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderCertificates } = await import('./certificate.ts');
const pdf = await renderCertificates(workerData.items, workerData.options);
const out = pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength);
parentPort.postMessage(out, [out]);
