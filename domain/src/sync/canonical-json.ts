/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, numbers and strings as
 * `JSON.stringify` writes them (the rules of RFC 8785 for the values JSON can carry). The same value
 * always gives the same text, on the device and on the server, so that its hash identifies content.
 * Values JSON cannot carry (non-finite numbers, functions, bigint) are refused rather than dropped.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Canonical JSON cannot hold a non-finite number.');
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
      }
      return canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`Canonical JSON cannot hold a value of type ${typeof value}.`);
  }
}

function canonicalObject(object: Record<string, unknown>): string {
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}
