import { describe, expect, it } from 'vitest';
import { interpolate, pickLocale } from './locale.js';

describe('pickLocale', () => {
  it('answers Ukrainian by default and for anything it does not speak', () => {
    expect(pickLocale(undefined)).toBe('uk');
    expect(pickLocale('')).toBe('uk');
    expect(pickLocale('de-DE,fr;q=0.8')).toBe('uk');
    expect(pickLocale('garbage;;;q=x')).toBe('uk');
  });

  it('honours the order of preference and the quality values', () => {
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('de;q=1, en;q=0.5, uk;q=0.7')).toBe('uk');
    expect(pickLocale('uk;q=0, en')).toBe('en');
    expect(pickLocale('EN-us')).toBe('en');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(interpolate('через {minutes} хв, {x}', { minutes: 15 })).toBe('через 15 хв, {x}');
  });
});
