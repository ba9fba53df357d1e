import { z } from 'zod';

/** A text message on its way out. */
export interface OutgoingSms {
  readonly id: string;
  readonly phone: string;
  readonly body: string;
}

/** Where text messages go. `send` resolves when the provider has accepted the message. */
export interface SmsProvider {
  readonly name: string;
  send(message: OutgoingSms): Promise<{ providerMessageId: string | null }>;
}

/** The part of a logger the providers use; the server passes Fastify's pino logger. */
export interface NoticeLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/**
 * The built-in provider: the message stays in the `sms_outbox` table, where the head can see it
 * was produced, and the log records the fact — the message id only, never the phone or the text.
 */
export function outboxProvider(log: NoticeLogger): SmsProvider {
  return {
    name: 'outbox',
    async send(message) {
      log.info({ smsId: message.id }, 'sms kept in the outbox');
      return { providerMessageId: null };
    },
  };
}

/**
 * An HTTP gateway: a JSON POST of `{ to, text, sender, reference }` with a bearer token. Any 2xx
 * accepts the message (its `id`, when the answer has one, is kept); anything else is an error the
 * sender retries later.
 */
export function httpProvider(options: {
  url: string;
  token: string | null;
  sender: string | null;
  timeoutMs?: number;
}): SmsProvider {
  return {
    name: 'http',
    async send(message) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({
          to: message.phone,
          text: message.body,
          sender: options.sender,
          reference: message.id,
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
      const answer = (await response.json().catch(() => null)) as { id?: unknown } | null;
      return { providerMessageId: typeof answer?.id === 'string' ? answer.id : null };
    },
  };
}

const SmsEnv = z.object({
  VALIZA_SMS_PROVIDER: z.enum(['outbox', 'http']).default('outbox'),
  VALIZA_SMS_URL: z.url({ protocol: /^https?$/ }).optional(),
  VALIZA_SMS_TOKEN: z.string().min(1).optional(),
  VALIZA_SMS_SENDER: z.string().min(1).max(11).optional(),
});

/** The provider the environment configures; `http` needs `VALIZA_SMS_URL`. Throws on a bad setting. */
export function smsProviderFromEnv(env: NodeJS.ProcessEnv, log: NoticeLogger): SmsProvider {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = SmsEnv.safeParse(given);
  if (!parsed.success)
    throw new Error(
      `SMS settings are not valid: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  const e = parsed.data;
  if (e.VALIZA_SMS_PROVIDER === 'outbox') return outboxProvider(log);
  if (!e.VALIZA_SMS_URL)
    throw new Error('SMS settings are not valid: VALIZA_SMS_URL is needed for the http provider');
  return httpProvider({
    url: e.VALIZA_SMS_URL,
    token: e.VALIZA_SMS_TOKEN ?? null,
    sender: e.VALIZA_SMS_SENDER ?? null,
  });
}
