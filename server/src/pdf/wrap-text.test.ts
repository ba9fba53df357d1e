import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.js';

const width = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks at spaces and keeps every word', () => {
    expect(wrapText('Паспорт громадянина України', width, 12)).toEqual(['Паспорт', 'громадянина', 'України']);
    expect(wrapText('a b\nc', width, 10)).toEqual(['a b', 'c']);
  });

  it('cuts a word only when it alone is wider than a line', () => {
    expect(wrapText('<script>alert(1)</script>', width, 10)).toEqual(['<script>al', 'ert(1)</sc', 'ript>']);
  });

  it('never makes a line wider than allowed and loses no character but spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const lines = wrapText(text, width, max);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
        const printable = [...text].filter(
          (c) => c.charCodeAt(0) >= 0x20 && c !== ' ' && c.charCodeAt(0) !== 0x7f,
        );
        expect(lines.join('').replace(/ /g, '')).toBe(printable.join(''));
      }),
    );
  });
});
