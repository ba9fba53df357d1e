import { describe, expect, it } from 'vitest';
import { readCookie } from './csrf';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('valiza_csrf', 'a=1; valiza_csrf=x%2Fy%3D; b=2')).toBe('x/y=');
    expect(readCookie('valiza_csrf', 'a=1; other_valiza_csrf=z')).toBeNull();
  });
});
