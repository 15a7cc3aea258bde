/**
 * Text import (issue 4): extractMovementDraft over the five sample plans, repeated 1,000 times.
 * Prints the time per document; target under 2 ms.
 *
 *   npm run bench -- bench:plan-extract
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractMovementDraft } from '@vinhdanh/domain';
import { repoRoot } from './lib/harness.ts';

const dir = path.join(repoRoot, 'packages/domain/src/plan-extract/fixtures');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
const ROUNDS = 1_000;

console.log(
  `plan-extract benchmark, ${new Date().toISOString()}, Node ${process.version}; ${texts.length} samples × ${ROUNDS}`,
);
for (const { text } of texts) extractMovementDraft(text); // warm-up
const perDoc: Record<string, number[]> = {};
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const { name, text } of texts) {
    const t = performance.now();
    extractMovementDraft(text);
    const list = perDoc[name] ?? [];
    list.push(performance.now() - t);
    perDoc[name] = list;
  }
}
const total = performance.now() - t0;
for (const [name, times] of Object.entries(perDoc)) {
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)]!;
  const p99 = times[Math.floor(times.length * 0.99)]!;
  console.log(`  ${name.padEnd(45)} p50 ${p50.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms`);
}
const mean = total / (ROUNDS * texts.length);
console.log(
  `  mean ${mean.toFixed(3)} ms per document over ${ROUNDS * texts.length} documents — target < 2 ms: ${mean < 2 ? 'met' : 'MISSED'}`,
);
