import { DEFAULT_WORKING_HOURS } from '@valiza/domain';
import { describe, expect, it } from 'vitest';
import { fromHoursDraft, hoursProblems, toHoursDraft } from './working-hours';

describe('working hours editing', () => {
  it('round-trips the week, closed days included', () => {
    expect(fromHoursDraft(toHoursDraft(DEFAULT_WORKING_HOURS))).toEqual(DEFAULT_WORKING_HOURS);
  });

  it('keeps times for a closed day so that reopening it offers usual hours', () => {
    const draft = toHoursDraft(DEFAULT_WORKING_HOURS);
    expect(draft.sat).toEqual({ open: false, from: '08:00', to: '17:00' });
    expect(fromHoursDraft({ ...draft, sat: { ...draft.sat, open: true } }).sat).toEqual({
      from: '08:00',
      to: '17:00',
    });
  });

  it('reads typed times as 24-hour HH:MM', () => {
    const draft = toHoursDraft(DEFAULT_WORKING_HOURS);
    expect(fromHoursDraft({ ...draft, mon: { open: true, from: '9', to: '18.30' } }).mon).toEqual({
      from: '09:00',
      to: '18:30',
    });
  });

  it('reports open days that end before they start, on the closing time of that day', () => {
    const draft = toHoursDraft(DEFAULT_WORKING_HOURS);
    const problems = hoursProblems(
      {
        ...draft,
        tue: { open: true, from: '17:00', to: '9:00' },
        sat: { open: false, from: '12:00', to: '10:00' },
      },
      'Кінець має бути пізніше.',
    );
    expect(problems).toEqual([{ path: 'workingHours.tue.to', message: 'Кінець має бути пізніше.' }]);
  });
});
