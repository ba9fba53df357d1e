import { z } from 'zod';

/** One e-mail to send. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Where e-mail goes; `send` resolves when the SMTP server accepted the message. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

const MailEnv = z.object({
  VALIZA_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  VALIZA_SMTP_FROM: z.string().min(3).optional(),
});

/**
 * The SMTP mailer the environment configures (`VALIZA_SMTP_URL`, e.g. `smtps://user:pass@host:465`,
 * and `VALIZA_SMTP_FROM`), or null when no SMTP server is set: then nothing is ever mailed and the
 * digest stays in the app. nodemailer is loaded only when the first message is sent.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv): Mailer | null {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = MailEnv.parse(given);
  if (!parsed.VALIZA_SMTP_URL) return null;
  const url = parsed.VALIZA_SMTP_URL;
  const from = parsed.VALIZA_SMTP_FROM ?? 'Valiza <valiza@localhost>';
  let transport: Promise<{ sendMail(m: object): Promise<unknown> }> | null = null;
  return {
    async send(mail) {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(url));
      await (await transport).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
