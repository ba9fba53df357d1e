import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  isOpenState,
  officeTargets,
  REQUEST_STATES,
  REQUEST_TRANSITIONS,
  transitionRule,
} from './request-states.js';

const FINAL = ['rejected', 'completed', 'cancelled', 'no_show'] as const;

describe('request states', () => {
  it('lets nothing leave a final state', () => {
    for (const from of FINAL)
      for (const to of REQUEST_STATES) expect(checkTransition(from, to)).toEqual({ allowed: false });
  });

  it('never returns to new and never stays in place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUEST_STATES), fc.constantFrom(...REQUEST_STATES), (from, to) => {
        const result = checkTransition(from, to);
        if (to === 'new' || from === to) expect(result.allowed).toBe(false);
      }),
    );
  });

  it('asks a rejection for its reason and a cancellation for who and why', () => {
    expect(checkTransition('new', 'rejected')).toMatchObject({ allowed: true, missing: ['reason'] });
    expect(checkTransition('new', 'rejected', { reason: '  ' })).toMatchObject({ missing: ['reason'] });
    expect(checkTransition('new', 'rejected', { reason: 'Не належить до категорій' })).toMatchObject({
      missing: [],
    });
    expect(checkTransition('scheduled', 'cancelled', { reason: 'Помер' })).toMatchObject({
      missing: ['cancelledBy'],
    });
  });

  it('needs a planned date to schedule and schedules only eligible requests', () => {
    expect(checkTransition('eligible', 'scheduled')).toMatchObject({ missing: ['plannedDate'] });
    expect(checkTransition('new', 'scheduled')).toEqual({ allowed: false });
  });

  it('leaves scheduling, completion and no-show to planning and visits, not to the office', () => {
    expect(transitionRule('eligible', 'scheduled')?.by).toBe('scheduling');
    expect(transitionRule('scheduled', 'completed')?.by).toBe('visit');
    expect(transitionRule('scheduled', 'no_show')?.by).toBe('visit');
    expect(officeTargets('new')).toEqual(['eligible', 'rejected', 'cancelled']);
    expect(officeTargets('eligible')).toEqual(['rejected', 'cancelled']);
    expect(officeTargets('scheduled')).toEqual(['cancelled']);
  });

  it('reaches every state from new', () => {
    const reached = new Set<string>(['new']);
    for (let i = 0; i < REQUEST_STATES.length; i++)
      for (const t of REQUEST_TRANSITIONS) if (reached.has(t.from)) reached.add(t.to);
    expect([...reached].sort()).toEqual([...REQUEST_STATES].sort());
  });

  it('calls new, eligible and scheduled open', () => {
    expect(REQUEST_STATES.filter(isOpenState)).toEqual(['new', 'eligible', 'scheduled']);
  });
});
