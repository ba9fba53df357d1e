import { describe, expect, it } from 'vitest';
import { ukrainianPlural } from './plural.js';

describe('ukrainianPlural', () => {
  it.each([
    [1, 'день'],
    [2, 'дні'],
    [4, 'дні'],
    [5, 'днів'],
    [11, 'днів'],
    [12, 'днів'],
    [14, 'днів'],
    [21, 'день'],
    [22, 'дні'],
    [30, 'днів'],
    [101, 'день'],
    [111, 'днів'],
  ])('says %i %s', (n, word) => {
    expect(ukrainianPlural(n, 'день', 'дні', 'днів')).toBe(word);
  });
});
