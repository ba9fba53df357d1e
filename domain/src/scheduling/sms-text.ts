import { formatDate } from '../time/display-format.js';
import type { IsoDate } from '../time/civil-date.js';

/** Why an applicant is told something. */
export const NOTICE_KINDS = ['scheduled', 'changed', 'cancelled', 'reminder'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Kinds of text messages in the outbox: the visit notices, and the logbook's "result ready". */
export const OUTBOX_KINDS = [...NOTICE_KINDS, 'result_ready'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** What a notice may say: when, where (an outreach point only) and whom to call. No names, no health data. */
export interface NoticeFacts {
  readonly kind: NoticeKind;
  readonly day: IsoDate;
  readonly from: string;
  readonly to: string;
  /** The centre's phone for questions. */
  readonly centrePhone: string | null;
  /** The outreach point's name and address when the applicant comes to a session. */
  readonly place?: string | null;
}

/** A message longer than this many segments costs too much and arrives in pieces. */
export const SMS_MAX_SEGMENTS = 2;

// GSM 03.38 basic alphabet; any other character (Cyrillic included) makes the message UCS-2.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';

/** How many SMS segments a text takes: 160/153 characters in GSM-7, 70/67 in UCS-2 (Cyrillic). */
export function smsSegments(text: string): number {
  const chars = [...text];
  const gsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  if (gsm) {
    const septets = chars.reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  const units = text.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

function phoneTail(phone: string | null): string {
  return phone ? ` Тел. ${phone}` : '';
}

function compose(facts: NoticeFacts, place: string | null): string {
  const date = formatDate(facts.day);
  const tail = phoneTail(facts.centrePhone);
  switch (facts.kind) {
    case 'scheduled':
      return place
        ? `ЦНАП: чекаємо вас ${date} з ${facts.from} до ${facts.to}: ${place}.${tail}`
        : `ЦНАП: адміністратор прийде ${date} з ${facts.from} до ${facts.to}. Підготуйте документи.${tail}`;
    case 'changed':
      return place
        ? `ЦНАП: зміна. Чекаємо вас ${date} з ${facts.from} до ${facts.to}: ${place}.${tail}`
        : `ЦНАП: візит перенесено на ${date}, з ${facts.from} до ${facts.to}.${tail}`;
    case 'cancelled':
      return `ЦНАП: візит ${date} скасовано. Ми зателефонуємо щодо нового часу.${tail}`;
    case 'reminder':
      return place
        ? `ЦНАП: нагадуємо, завтра ${date} з ${facts.from} до ${facts.to} чекаємо вас: ${place}.${tail}`
        : `ЦНАП: нагадуємо, завтра ${date} з ${facts.from} до ${facts.to} візит адміністратора.${tail}`;
  }
}

/**
 * The Ukrainian text of a notice: date as dd.mm.yyyy, the time window and the centre's phone, in at
 * most two segments — a long outreach point name is shortened to fit, the essentials never are.
 */
export function smsText(facts: NoticeFacts): string {
  let place = facts.place?.trim() || null;
  let text = compose(facts, place);
  while (place && smsSegments(text) > SMS_MAX_SEGMENTS) {
    place = place.length > 8 ? `${place.slice(0, place.length - 4).trimEnd()}…` : null;
    text = compose(facts, place);
  }
  return text;
}

/** The logbook's notice: the result of an application is ready; its number, never the service. */
export function resultReadySms(number: string | null, centrePhone: string | null): string {
  return `ЦНАП: результат за заявою${number ? ` ${number}` : ''} готовий до видачі.${phoneTail(centrePhone)}`;
}
