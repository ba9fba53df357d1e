import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { scheduling, withoutIdDetails } from './scheduling-errors';

describe('scheduling refusals on the board', () => {
  it('keeps the message naming the conflict and drops details that only point at ids', () => {
    const refusal = new ApiError(409, 'visit.overlap_person', 'Андрій Мельник уже зайнятий(-а) 02.03.2027', [
      { path: 'staffIds', code: 'overlap', message: '' },
    ]);
    const shown = withoutIdDetails(refusal) as ApiError;
    expect(shown).toBeInstanceOf(ApiError);
    expect(shown.message).toBe(refusal.message);
    expect(shown.code).toBe('visit.overlap_person');
    expect(shown.details).toEqual([]);
  });

  it('leaves validation errors, with their fields, untouched', async () => {
    const invalid = new ApiError(400, 'validation.failed', 'x', [
      { path: 'startTime', code: 'invalid', message: 'Вкажіть час' },
    ]);
    expect(withoutIdDetails(invalid)).toBe(invalid);
    await expect(
      scheduling(() => {
        throw invalid;
      }),
    ).rejects.toBe(invalid);
  });
});
