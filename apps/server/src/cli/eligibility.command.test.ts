import { describe, expect, it, vi } from 'vitest';
import { eligibilityCommand } from './eligibility.command.ts';

const lddt = {
  kind: 'individual',
  targetYear: 2025,
  asOfDate: '2025-12-20',
  registration: { registered: true },
  ratings: [{ year: 2025, rating: 'HTT' }],
  awards: [],
  leaves: [{ kind: 'maternity', fromDate: '2025-01-01', toDate: '2025-06-30' }],
};

async function run(args: string[], input: string) {
  let out = '';
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const code = await eligibilityCommand(
    args,
    () => input,
    (t) => (out += t),
  );
  const messages = errors.mock.calls.map((c) => String(c[0]));
  errors.mockRestore();
  return { code, out, messages };
}

describe('vinhdanh eligibility evaluate', () => {
  it('evaluates a bare case for one target (maternity leave counts: case 26)', async () => {
    const { code, out } = await run(['evaluate', '--target', 'LDTT'], JSON.stringify(lddt));
    expect(code).toBe(0);
    expect(JSON.parse(out).verdicts).toEqual([
      expect.objectContaining({ target: 'LDTT', outcome: 'eligible' }),
    ]);
  });

  it('accepts the API request body and evaluates every applicable target', async () => {
    const { code, out } = await run(['evaluate'], JSON.stringify({ case: lddt }));
    expect(code).toBe(0);
    expect(JSON.parse(out).verdicts.map((v: { target: string }) => v.target)).toContain('CSTDCS');
  });

  it.each([
    ['not JSON', '{kind:', /JSON hợp lệ/],
    ['a bad field', JSON.stringify({ ...lddt, asOfDate: '20/12/2025' }), /case\.asOfDate/],
  ])('refuses %s with a message and exit code 1', async (_n, input, message) => {
    const { code, messages } = await run(['evaluate'], input);
    expect(code).toBe(1);
    expect(messages.join('\n')).toMatch(message);
  });
});
