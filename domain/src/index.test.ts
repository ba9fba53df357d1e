import { describe, expect, it, vi } from 'vitest';

// The field app loads the MRZ reader only when an operator opens it, so the main entry must not
// reach the `mrz` package at all: importing it here would call this factory and fail.
vi.mock('mrz', () => {
  throw new Error('the main entry of @valiza/domain must not load the mrz package');
});

describe('@valiza/domain main entry', () => {
  it('exports the identifier checks without the MRZ reader', async () => {
    const domain = await import('./index.js');
    expect(domain.normalisePhone('067 123 45 67')).toEqual({ ok: true, value: '+380671234567' });
    expect(typeof domain.parseUnzr).toBe('function');
    expect(typeof domain.parseRnokpp).toBe('function');
    expect(typeof domain.sameNameLatin).toBe('function');
    expect('parseIdCardMrz' in domain).toBe(false);
  });

  it('offers the MRZ reader from its own entry', async () => {
    vi.doUnmock('mrz');
    const { parseIdCardMrz } = await import('@valiza/domain/mrz');
    expect(parseIdCardMrz('garbage').errors).toEqual(['mrz.format']);
  });
});
