import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids/uuidv7.js';
import { looksLike } from './attachment.js';
import { commandHash, PushBody, SyncCommand } from './command.js';

const base = (): SyncCommand => ({
  id: uuidv7(),
  type: 'device.report',
  formatVersion: 1,
  deviceTime: '2026-03-02T09:15:00+02:00',
  payload: { b: 1, a: [1, 2] },
});

describe('commands', () => {
  it('accept only ids made as UUIDv7, dotted types and an object payload', () => {
    expect(SyncCommand.safeParse(base()).success).toBe(true);
    expect(SyncCommand.safeParse({ ...base(), id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }).success).toBe(
      false,
    );
    expect(SyncCommand.safeParse({ ...base(), type: 'report' }).success).toBe(false);
    expect(SyncCommand.safeParse({ ...base(), payload: [1] }).success).toBe(false);
    expect(SyncCommand.safeParse({ ...base(), deviceTime: '02.03.2026' }).success).toBe(false);
    expect(SyncCommand.safeParse({ ...base(), extra: 1 }).success).toBe(false);
  });

  it('come at most a hundred to a push', () => {
    const commands = Array.from({ length: 101 }, base);
    expect(PushBody.safeParse({ commands }).success).toBe(false);
    expect(PushBody.safeParse({ commands: commands.slice(1) }).success).toBe(true);
  });

  it('are identified by the hash of everything but the id', async () => {
    const a = base();
    const reordered = { ...a, id: uuidv7(), payload: { a: [1, 2], b: 1 } };
    expect(await commandHash(reordered)).toBe(await commandHash(a));
    expect(await commandHash({ ...a, attachments: [] })).toBe(await commandHash(a));
    expect(await commandHash({ ...a, deviceTime: '2026-03-02T09:16:00+02:00' })).not.toBe(
      await commandHash(a),
    );
    expect(await commandHash({ ...a, formatVersion: 2 })).not.toBe(await commandHash(a));
    expect(await commandHash({ ...a, payload: { b: 2, a: [1, 2] } })).not.toBe(await commandHash(a));
  });
});

describe('attachment content', () => {
  it('is recognised by its first bytes', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(looksLike('application/pdf', bytes('%PDF-1.7'))).toBe(true);
    expect(looksLike('image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(looksLike('image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      true,
    );
    expect(looksLike('image/webp', bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe(true);
    expect(looksLike('image/png', bytes('%PDF-1.7'))).toBe(false);
    expect(looksLike('image/webp', bytes('RIFF\0\0\0\0WAVE'))).toBe(false);
  });
});
