import { describe, expect, it } from 'vitest';
import {
  checkRegistrationStep,
  countsAsRegistered,
  isPastRegistrationDeadline,
} from './registration-status.ts';

const O = ['officer'] as const;
const R = ['reviewer'] as const;

describe('registration steps', () => {
  it.each`
    action      | from           | roles | pastDeadline | note        | expected
    ${'edit'}   | ${'none'}      | ${O}  | ${false}     | ${null}     | ${'draft'}
    ${'edit'}   | ${'draft'}     | ${O}  | ${false}     | ${null}     | ${'draft'}
    ${'edit'}   | ${'returned'}  | ${O}  | ${false}     | ${null}     | ${'draft'}
    ${'edit'}   | ${'submitted'} | ${O}  | ${false}     | ${null}     | ${'REGISTRATION_INVALID_TRANSITION'}
    ${'edit'}   | ${'accepted'}  | ${R}  | ${false}     | ${null}     | ${'REGISTRATION_INVALID_TRANSITION'}
    ${'edit'}   | ${'none'}      | ${O}  | ${true}      | ${null}     | ${'REGISTRATION_CLOSED'}
    ${'edit'}   | ${'draft'}     | ${O}  | ${true}      | ${null}     | ${'REGISTRATION_CLOSED'}
    ${'edit'}   | ${'returned'}  | ${O}  | ${true}      | ${null}     | ${'draft'}
    ${'edit'}   | ${'none'}      | ${R}  | ${true}      | ${null}     | ${'draft'}
    ${'submit'} | ${'draft'}     | ${O}  | ${false}     | ${null}     | ${'submitted'}
    ${'submit'} | ${'returned'}  | ${O}  | ${true}      | ${null}     | ${'submitted'}
    ${'submit'} | ${'draft'}     | ${O}  | ${true}      | ${null}     | ${'REGISTRATION_CLOSED'}
    ${'submit'} | ${'submitted'} | ${O}  | ${false}     | ${null}     | ${'REGISTRATION_INVALID_TRANSITION'}
    ${'submit'} | ${'none'}      | ${O}  | ${false}     | ${null}     | ${'REGISTRATION_INVALID_TRANSITION'}
    ${'accept'} | ${'submitted'} | ${R}  | ${true}      | ${null}     | ${'accepted'}
    ${'accept'} | ${'submitted'} | ${O}  | ${false}     | ${null}     | ${'FORBIDDEN'}
    ${'accept'} | ${'draft'}     | ${R}  | ${false}     | ${null}     | ${'REGISTRATION_INVALID_TRANSITION'}
    ${'return'} | ${'submitted'} | ${R}  | ${false}     | ${null}     | ${'NOTE_REQUIRED'}
    ${'return'} | ${'submitted'} | ${R}  | ${false}     | ${' '}      | ${'NOTE_REQUIRED'}
    ${'return'} | ${'submitted'} | ${R}  | ${false}     | ${'Thiếu'}  | ${'returned'}
    ${'return'} | ${'accepted'}  | ${R}  | ${true}      | ${'Sai mã'} | ${'returned'}
    ${'return'} | ${'returned'}  | ${R}  | ${false}     | ${'x'}      | ${'REGISTRATION_INVALID_TRANSITION'}
    ${'return'} | ${'submitted'} | ${O}  | ${false}     | ${'x'}      | ${'FORBIDDEN'}
  `('$action from $from by $roles (past deadline: $pastDeadline) → $expected', (row) => {
    const v = checkRegistrationStep(row);
    expect(v.ok ? v.to : v.code).toBe(row.expected);
  });

  it.each`
    deadline        | today           | expected
    ${null}         | ${'2026-12-31'} | ${false}
    ${'2026-03-15'} | ${'2026-03-15'} | ${false}
    ${'2026-03-15'} | ${'2026-03-16'} | ${true}
    ${'2026-03-15'} | ${'2026-03-14'} | ${false}
  `('deadline $deadline, today $today → past: $expected', ({ deadline, today, expected }) => {
    expect(isPastRegistrationDeadline(deadline, today)).toBe(expected);
  });

  it.each`
    status         | expected
    ${'draft'}     | ${false}
    ${'submitted'} | ${true}
    ${'accepted'}  | ${true}
    ${'returned'}  | ${false}
  `('$status counts as registered: $expected', ({ status, expected }) => {
    expect(countsAsRegistered(status)).toBe(expected);
  });
});
