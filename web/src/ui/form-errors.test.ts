import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/errors';
import { mapErrorToFields } from './form-errors';

const refused = (...details: [string, string][]) =>
  new ApiError(
    400,
    'validation.failed',
    'Дані заповнено неправильно.',
    details.map(([path, message]) => ({ path, code: 'custom', message })),
  );

describe('mapErrorToFields', () => {
  it('puts each detail under the field of its path', () => {
    const mapped = mapErrorToFields(
      refused(['head.login', 'Неправильний формат.'], ['centre.code', 'Обов’язкове поле.']),
      ['head.login', 'centre.code', 'centre.name'],
    );
    expect(mapped.byField).toEqual({
      'head.login': 'Неправильний формат.',
      'centre.code': 'Обов’язкове поле.',
    });
    expect(mapped.unplaced).toEqual([]);
  });

  it('gives a deeper path to the nearest enclosing field', () => {
    const mapped = mapErrorToFields(refused(['roles.0', 'Оберіть одне з допустимих значень.']), [
      'roles',
      'roles.head',
    ]);
    expect(mapped.byField).toEqual({ roles: 'Оберіть одне з допустимих значень.' });
  });

  it('keeps the first message of a field and lists what belongs to no field', () => {
    const mapped = mapErrorToFields(
      refused(
        ['name', 'Обов’язкове поле.'],
        ['name', 'Не довше ніж 160 символів.'],
        ['extra', 'Невідоме поле.'],
      ),
      ['name'],
    );
    expect(mapped.byField).toEqual({ name: 'Обов’язкове поле.' });
    expect(mapped.unplaced.map((d) => d.path)).toEqual(['extra']);
  });

  it('puts an error without details under the field its code names', () => {
    const taken = new ApiError(409, 'org.login_taken', 'Такий логін уже використовується.');
    const mapped = mapErrorToFields(taken, ['name', 'login'], { 'org.login_taken': 'login' });
    expect(mapped.byField).toEqual({ login: 'Такий логін уже використовується.' });
  });

  it('maps nothing for a failure that is not an answer of the server', () => {
    expect(mapErrorToFields(new NetworkError(), ['name'])).toEqual({ byField: {}, unplaced: [] });
  });
});
