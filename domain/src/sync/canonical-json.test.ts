import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { contentHash, sha256Hex } from './hash.js';

/** The same object with its keys inserted in reverse order, at every depth. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  return value;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    );
  });

  it('sorts by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ я: 1, z: 2, A: 3, '€': 4, '\u{1F600}': 5 })).toBe(
      '{"A":3,"z":2,"я":1,"€":4,"😀":5}',
    );
  });

  it('writes numbers and escapes strings as JSON.stringify does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 'Ї\n"\\'])).toBe('[1e+21,0.1,0,"Ї\\n\\"\\\\"]');
  });

  it('drops undefined members like JSON, and refuses values JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });

  it('is the same text for any key order and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversed(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('hashes', () => {
  it('SHA-256 of text and of bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('content hash ignores key order and sees every change', async () => {
    expect(await contentHash({ a: 1, b: [1, 2] })).toBe(await contentHash({ b: [1, 2], a: 1 }));
    expect(await contentHash({ a: 1, b: [1, 2] })).not.toBe(await contentHash({ a: 1, b: [2, 1] }));
  });
});
