import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from './request-states.js';
import {
  fieldOutcomeSettlement,
  incidentAfterVisit,
  requestStateAfterVisit,
  visitConflict,
} from './visit-outcome.js';
import { VISIT_CANCEL_REASONS } from '../sync/commands/visit-finish.js';

describe('the request state after a visit', () => {
  it('follows the outcome', () => {
    expect(requestStateAfterVisit('completed', null)).toEqual({ to: 'completed' });
    expect(requestStateAfterVisit('partly_completed', null)).toEqual({ to: 'completed' });
    expect(requestStateAfterVisit('cancelled', 'absent')).toEqual({ to: 'no_show' });
    for (const reason of VISIT_CANCEL_REASONS.filter((r) => r !== 'absent'))
      expect(requestStateAfterVisit('cancelled', reason)).toEqual({ to: 'cancelled', reason });
  });

  it('records incidents only for aggression, doubtful capacity and a false call', () => {
    expect(VISIT_CANCEL_REASONS.map(incidentAfterVisit).filter(Boolean)).toEqual([
      'false_call',
      'doubtful_capacity',
      'aggression',
    ]);
  });
});

describe('visit conflicts', () => {
  const states = fc.constantFrom(...REQUEST_STATES);
  const day = fc.constantFrom('2026-03-02', '2026-03-03');

  it('a cancelled visit always conflicts; a planned visit on its day with a scheduled request never does', () => {
    fc.assert(
      fc.property(states, day, day, fc.boolean(), (requestState, visitDay, workDay, closedByThisVisit) => {
        const cancelled = visitConflict(
          { visitStatus: 'cancelled', visitDay, requestState, closedByThisVisit },
          workDay,
        );
        expect(cancelled).toBe('visit_cancelled');
        const planned = visitConflict(
          { visitStatus: 'planned', visitDay, requestState, closedByThisVisit },
          workDay,
        );
        if (requestState === 'scheduled' && visitDay === workDay) expect(planned).toBeNull();
        if (requestState !== 'scheduled' && !closedByThisVisit) expect(planned).toBe('request_closed');
        if (planned === null) expect(visitDay).toBe(workDay);
      }),
    );
  });
});

describe('applying the field outcome after a conflict', () => {
  it('moves any request but a completed or new one, and leaves one already there', () => {
    for (const from of REQUEST_STATES)
      for (const to of ['completed', 'no_show', 'cancelled'] as const) {
        const settlement = fieldOutcomeSettlement(from, to);
        if (from === to) expect(settlement).toBe('unchanged');
        else if (from === 'completed' || from === 'new') expect(settlement).toBe('refused');
        else expect(settlement).toBe('allowed');
      }
    expect(fieldOutcomeSettlement('cancelled', 'completed')).toBe('allowed');
    expect(fieldOutcomeSettlement('eligible', 'no_show')).toBe('allowed');
  });
});
