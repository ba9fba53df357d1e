import { describe, expect, it } from 'vitest';
import { advance, cancelEarly, goTo, reachableSteps, stepProblem } from './visit-flow';
import { newDraft, type DraftApplication, type VisitDraft } from './visit-draft';

const VISIT = '0192f3a4-5b6c-7d8e-9f00-112233445566';
const SERVICE = '0192f3a4-5b6c-7d8e-9f00-000000000001';
const CARD = 'IDUKR00012345651985031512340<<\n8503150F3203156UKR<<<<<<<<<<<8\nSHEVCHENKO<<OLENA<<<<<<<<<<<<<';

function fresh(): VisitDraft {
  return newDraft(VISIT, [
    {
      serviceId: SERVICE,
      name: 'Паспорт',
      documents: [{ id: null, name: 'Фото', form: 'original' }],
      feeKop: 34_900,
    },
  ]);
}

const PAGE = {
  fileId: 'p1',
  width: 10,
  height: 10,
  size: 100,
  edit: { rotation: 0, crop: { left: 0, top: 0, right: 1, bottom: 1 } },
} as const;

function step(draft: VisitDraft, change: Partial<VisitDraft>): VisitDraft {
  const moved = advance({ ...draft, ...change });
  if (!moved.ok) throw new Error(moved.problem);
  return moved.draft;
}

describe('the visit flow', () => {
  it('walks arrival → notice → identity → documents → payment → form → register → confirmation → outcome', () => {
    let draft = fresh();
    expect(advance(draft)).toEqual({ ok: false, problem: 'arrival_missing' });
    draft = step(draft, { arrival: { at: '2026-03-02T09:00:00.000Z', position: null, commandId: 'c' } });
    expect(draft.step).toBe('notice');
    expect(advance(draft)).toEqual({ ok: false, problem: 'notice_missing' });
    draft = step(draft, { noticeGiven: true });
    expect(advance(draft)).toEqual({ ok: false, problem: 'identity_invalid' });
    draft = step(draft, {
      identity: {
        ...draft.identity,
        mrz: CARD,
        documentNumber: '000123456',
        unzr: '19850315-12340',
        rnokpp: '1759013776',
      },
    });
    expect(draft.step).toBe('documents');
    expect(advance(draft)).toEqual({ ok: false, problem: 'pages_missing' });
    const service = draft.services[0]!;
    draft = step(draft, {
      services: [{ ...service, documents: [{ ...service.documents[0]!, pages: [PAGE] }] }],
    });
    expect(draft.step).toBe('payment');
    // The fee came from the catalogue; the method is still to choose.
    expect(advance(draft)).toEqual({ ok: false, problem: 'payment_incomplete' });
    const paid = draft.services[0]!;
    draft = step(draft, { services: [{ ...paid, payment: { ...paid.payment, method: 'pos_terminal' } }] });
    expect(draft.step).toBe('form');
    expect(advance(draft)).toEqual({ ok: false, problem: 'signature_missing' });
    draft = step(draft, {
      signature: {
        width: 600,
        height: 200,
        strokes: [
          [
            { x: 0, y: 0 },
            { x: 50, y: 50 },
          ],
        ],
      },
    });
    expect(draft.step).toBe('register');
    expect(advance(draft)).toEqual({ ok: false, problem: 'not_registered' });
    const application = { serviceId: SERVICE } as DraftApplication;
    draft = step(draft, { applications: [application] });
    expect(draft.step).toBe('confirmation');
    draft = step(draft, {});
    expect(draft.step).toBe('outcome');
    expect(advance(draft)).toEqual({ ok: false, problem: 'outcome_incomplete' });
    draft = step(draft, { outcome: { ...draft.outcome, outcome: 'completed' } });
    expect(draft.step).toBe('finished');
  });

  it('never goes back before a registration, and may go back to correct before one', () => {
    const before = {
      ...fresh(),
      step: 'payment' as const,
      arrival: { at: 'x', position: null, commandId: 'c' },
    };
    expect(goTo(before, 'identity').step).toBe('identity');
    expect(reachableSteps(before)).not.toContain('arrival');
    const after = {
      ...before,
      step: 'outcome' as const,
      applications: [{ serviceId: SERVICE } as DraftApplication],
    };
    expect(goTo(after, 'payment').step).toBe('outcome');
    expect(reachableSteps(after)).toEqual(['confirmation', 'outcome']);
  });

  it('cancels early only after arrival and before any registration', () => {
    expect(cancelEarly(fresh()).step).toBe('arrival');
    const arrived = {
      ...fresh(),
      step: 'identity' as const,
      arrival: { at: 'x', position: null, commandId: 'c' },
    };
    const cancelled = cancelEarly(arrived);
    expect(cancelled.step).toBe('outcome');
    expect(cancelled.outcome.outcome).toBe('cancelled');
    const registered = {
      ...arrived,
      step: 'register' as const,
      applications: [{ serviceId: SERVICE } as DraftApplication],
    };
    expect(cancelEarly(registered)).toBe(registered);
  });

  it('asks for the witness and the act when capacity is doubtful', () => {
    const base = { ...fresh(), step: 'outcome' as const };
    const doubt = {
      ...base,
      outcome: { ...base.outcome, outcome: 'cancelled' as const, cancelReason: 'doubtful_capacity' as const },
    };
    expect(stepProblem(doubt)).toBe('outcome_incomplete');
    expect(
      stepProblem({
        ...doubt,
        outcome: {
          ...doubt.outcome,
          witnessName: 'Марія Коваль',
          capacityAct: 'Заявник не впізнав родичів.',
        },
      }),
    ).toBeNull();
    expect(
      stepProblem({ ...base, outcome: { ...base.outcome, outcome: 'cancelled', cancelReason: 'absent' } }),
    ).toBeNull();
  });
});
