import { describe, expect, it } from 'vitest';
import {
  availableMovementTransitions,
  checkMovementTransition,
  type MovementStatus,
  type MovementTransitionInput,
} from './movement-status.ts';

const ready = { hasName: true, hasTimeSpan: true, launchedChildren: 0 };
const officer = { manage: true, supervise: false };
const above = { manage: false, supervise: true };
const nobody = { manage: false, supervise: false };

function check(
  from: MovementStatus,
  to: MovementStatus,
  over: Partial<Omit<MovementTransitionInput, 'from' | 'to'>> = {},
) {
  const v = checkMovementTransition({ from, to, note: null, capabilities: officer, facts: ready, ...over });
  return v.ok ? 'ok' : `${v.code}:${v.reason}`;
}

describe('movement lifecycle', () => {
  it.each`
    from             | to               | note         | capabilities | facts                                | expected
    ${'draft'}       | ${'launched'}    | ${null}      | ${officer}   | ${ready}                             | ${'ok'}
    ${'draft'}       | ${'launched'}    | ${null}      | ${officer}   | ${{ ...ready, hasName: false }}      | ${'MOVEMENT_NOT_READY:no-name'}
    ${'draft'}       | ${'launched'}    | ${null}      | ${officer}   | ${{ ...ready, hasTimeSpan: false }}  | ${'MOVEMENT_NOT_READY:no-time-span'}
    ${'draft'}       | ${'launched'}    | ${null}      | ${nobody}    | ${ready}                             | ${'FORBIDDEN:capability'}
    ${'draft'}       | ${'launched'}    | ${null}      | ${above}     | ${ready}                             | ${'ok'}
    ${'draft'}       | ${'in_progress'} | ${null}      | ${officer}   | ${ready}                             | ${'MOVEMENT_INVALID_TRANSITION:no-such-step'}
    ${'draft'}       | ${'closed'}      | ${null}      | ${officer}   | ${ready}                             | ${'MOVEMENT_INVALID_TRANSITION:no-such-step'}
    ${'launched'}    | ${'in_progress'} | ${null}      | ${officer}   | ${ready}                             | ${'ok'}
    ${'launched'}    | ${'draft'}       | ${null}      | ${officer}   | ${ready}                             | ${'NOTE_REQUIRED:note'}
    ${'launched'}    | ${'draft'}       | ${'   '}     | ${officer}   | ${ready}                             | ${'NOTE_REQUIRED:note'}
    ${'launched'}    | ${'draft'}       | ${'Sai số'}  | ${officer}   | ${ready}                             | ${'ok'}
    ${'launched'}    | ${'draft'}       | ${'Sai số'}  | ${officer}   | ${{ ...ready, launchedChildren: 1 }} | ${'MOVEMENT_NOT_READY:children-launched'}
    ${'launched'}    | ${'launched'}    | ${null}      | ${officer}   | ${ready}                             | ${'MOVEMENT_INVALID_TRANSITION:no-such-step'}
    ${'in_progress'} | ${'reviewed'}    | ${null}      | ${officer}   | ${ready}                             | ${'ok'}
    ${'in_progress'} | ${'closed'}      | ${null}      | ${officer}   | ${ready}                             | ${'MOVEMENT_INVALID_TRANSITION:no-such-step'}
    ${'reviewed'}    | ${'closed'}      | ${null}      | ${officer}   | ${ready}                             | ${'ok'}
    ${'reviewed'}    | ${'in_progress'} | ${null}      | ${officer}   | ${ready}                             | ${'NOTE_REQUIRED:note'}
    ${'reviewed'}    | ${'in_progress'} | ${'Bổ sung'} | ${officer}   | ${ready}                             | ${'ok'}
    ${'closed'}      | ${'reviewed'}    | ${'Sai sót'} | ${officer}   | ${ready}                             | ${'FORBIDDEN:capability'}
    ${'closed'}      | ${'reviewed'}    | ${'Sai sót'} | ${above}     | ${ready}                             | ${'ok'}
    ${'closed'}      | ${'reviewed'}    | ${null}      | ${above}     | ${ready}                             | ${'NOTE_REQUIRED:note'}
    ${'closed'}      | ${'draft'}       | ${'x'}       | ${above}     | ${ready}                             | ${'MOVEMENT_INVALID_TRANSITION:no-such-step'}
  `('$from → $to ($note) = $expected', ({ from, to, note, capabilities, facts, expected }) => {
    expect(check(from, to, { note, capabilities, facts })).toBe(expected);
  });

  it.each`
    from          | capabilities | expected
    ${'draft'}    | ${officer}   | ${['launched']}
    ${'launched'} | ${officer}   | ${['in_progress', 'draft']}
    ${'reviewed'} | ${officer}   | ${['in_progress', 'closed']}
    ${'closed'}   | ${officer}   | ${[]}
    ${'closed'}   | ${above}     | ${['reviewed']}
    ${'draft'}    | ${nobody}    | ${[]}
  `('offers $expected from $from', ({ from, capabilities, expected }) => {
    expect(availableMovementTransitions(from, capabilities).map((t) => t.to)).toEqual(expected);
  });
});
