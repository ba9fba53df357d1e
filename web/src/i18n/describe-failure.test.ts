import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/errors';
import { describeFailure } from './describe-failure';

describe('describeFailure', () => {
  it('says plainly that there is no connection', () => {
    expect(describeFailure(new NetworkError(), 'uk')).toBe(
      'Немає з’єднання з сервером. Перевірте інтернет і спробуйте ще раз.',
    );
    expect(describeFailure(new NetworkError(), 'en')).toMatch(/^No connection to the server/);
  });

  it('translates a catalogued code into the current language, whatever the server wrote', () => {
    const failure = new ApiError(401, 'auth.invalid_credentials', 'Неправильний логін або пароль.');
    expect(describeFailure(failure, 'en')).toBe('Wrong login or password.');
    expect(describeFailure(failure, 'uk')).toBe('Неправильний логін або пароль.');
  });

  it('keeps the server’s message when it carries values, such as the minutes of a lockout', () => {
    const message =
      'Забагато невдалих спроб входу. Обліковий запис тимчасово заблоковано; спробуйте через 12 хв.';
    expect(describeFailure(new ApiError(429, 'auth.locked', message), 'uk')).toBe(message);
  });

  it('falls back to the server’s message for a code it does not know, else to a general one', () => {
    expect(describeFailure(new ApiError(409, 'visit.overlap', 'Виїзди перетинаються.'), 'uk')).toBe(
      'Виїзди перетинаються.',
    );
    expect(describeFailure(new ApiError(500, 'response.invalid', ''), 'en')).toMatch(/^Something went wrong/);
    expect(describeFailure(new Error('bug'), 'uk')).toMatch(/^Щось пішло не так/);
  });
});
