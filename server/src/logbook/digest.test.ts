import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '@valiza/domain';
import { makeLogbookCentre, registerApplication } from '../test/logbook-factories.js';
import { useTestDatabase } from '../test/test-db.js';
import { sendDailyDigests } from './digest.service.js';
import { mailerFromEnv } from './mailer.js';

/** A local SMTP sink: answers the few commands a client sends and keeps each message's data. */
function smtpSink(): Promise<{ server: Server; port: number; messages: string[] }> {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol).toUpperCase();
        buffer = buffer.slice(eol + 2);
        if (line.startsWith('EHLO')) socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (line.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (line.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, messages });
    }),
  );
}

describe("the head's daily digest", () => {
  const t = useTestDatabase();
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  beforeAll(async () => {
    sink = await smtpSink();
  });
  afterAll(() => new Promise<void>((resolve) => sink.server.close(() => resolve())));

  it('is made once a day from eight, and mailed to heads only when SMTP is configured', async () => {
    expect(mailerFromEnv({})).toBeNull();
    const c = await makeLogbookCentre(t.db);
    await t.db
      .updateTable('persons')
      .set({ email: 'head@example.org' })
      .where('id', '=', c.head.actor.personId)
      .execute();
    const app = await registerApplication(t.db, c, { receivedAt: instantAt('2031-03-06', '10:00') });
    const early = await sendDailyDigests(t.db, null, instantAt('2031-03-07', '07:30'));
    expect(early).toEqual({ made: 0, mailed: 0 });

    const mailer = mailerFromEnv({
      VALIZA_SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      VALIZA_SMTP_FROM: 'cnap@example.org',
    });
    const morning = instantAt('2031-03-07', '08:05');
    const first = await sendDailyDigests(t.db, mailer, morning);
    expect(first.made).toBeGreaterThanOrEqual(1);
    const row = await t.db
      .selectFrom('logbook_digests')
      .selectAll()
      .where('centre_id', '=', c.centre.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ day: '2031-03-07', emailed_to: 1 });
    expect(row.body).toContain(app.number);
    expect(row.body).not.toContain('Коваленко');
    const mail = sink.messages.find((m) => m.includes('head@example.org'));
    expect(mail).toBeDefined();
    expect(mail).toMatch(/Subject: /);

    const again = await sendDailyDigests(t.db, mailer, instantAt('2031-03-07', '09:00'));
    expect(again.mailed).toBe(0);
  });

  it('is kept in the app without mail when no SMTP server is set', async () => {
    const c = await makeLogbookCentre(t.db);
    await t.db
      .updateTable('persons')
      .set({ email: 'head2@example.org' })
      .where('id', '=', c.head.actor.personId)
      .execute();
    const sent = sink.messages.length;
    await sendDailyDigests(t.db, null, instantAt('2031-03-08', '08:30'));
    const row = await t.db
      .selectFrom('logbook_digests')
      .select('emailed_to')
      .where('centre_id', '=', c.centre.id)
      .executeTakeFirstOrThrow();
    expect(row.emailed_to).toBe(0);
    expect(sink.messages.length).toBe(sent);
  });
});
