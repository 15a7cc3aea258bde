import { readFileSync } from 'node:fs';
import { evaluateRequestSchema } from '@vinhdanh/contracts';
import {
  evaluateAllTargets,
  evaluateEligibility,
  getCatalogEntry,
  resolveParameters,
  type SubjectCase,
} from '@vinhdanh/domain';
import { presentVerdict } from '../modules/eligibility/eligibility.service.ts';

/**
 * `vinhdanh eligibility evaluate [--target CODE] < case.json`: the calculator offline, national defaults.
 * Accepts either a bare case or the API's request body ({ case, target?, councilVote? … }).
 */
export async function eligibilityCommand(
  args: string[],
  readInput: () => string = () => readFileSync(0, 'utf8'),
  print: (text: string) => void = console.log,
): Promise<number> {
  if (args[0] !== 'evaluate') {
    console.error('Dùng: vinhdanh eligibility evaluate [--target MÃ] < ho-so.json');
    return 1;
  }
  const targetFlag = args.indexOf('--target');
  const cliTarget = targetFlag >= 0 ? args[targetFlag + 1] : undefined;
  let input: unknown;
  try {
    input = JSON.parse(readInput());
  } catch (err) {
    console.error(`Đầu vào không phải JSON hợp lệ: ${(err as Error).message}`);
    return 1;
  }
  const wrapped = typeof input === 'object' && input !== null && 'case' in input ? input : { case: input };
  const parsed = evaluateRequestSchema.safeParse({ ...wrapped, ...(cliTarget ? { target: cliTarget } : {}) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`Trường "${issue.path.join('.')}": ${issue.message}`);
    return 1;
  }
  const req = parsed.data;
  const subject = req.case as SubjectCase;
  const regimeDate = req.regimeDate ?? subject.asOfDate;
  const parameters = resolveParameters(null, regimeDate).values;
  if (req.target && !getCatalogEntry(req.target)) {
    console.error(`Không có danh hiệu/hình thức "${req.target}" trong danh mục.`);
    return 1;
  }
  const verdicts = req.target
    ? [
        evaluateEligibility(subject, req.target, {
          parameters,
          regimeDate,
          ...(req.councilVote ? { councilVote: req.councilVote } : {}),
        }),
      ]
    : evaluateAllTargets(subject, { parameters, regimeDate });
  print(JSON.stringify({ verdicts: verdicts.map(presentVerdict) }, null, 2));
  return 0;
}
