import type { Locale } from '@valiza/domain';

/** Every date and time is shown as the centre sees it: Kyiv time, whatever the laptop's clock zone. */
export const TIME_ZONE = 'Europe/Kyiv';

const NBSP = '\u00a0';
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const kyivClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function kyivParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(kyivClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

function toInstant(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * A date as dd.mm.yyyy. A civil date (`YYYY-MM-DD`) is shown as it is; an instant is shown as the
 * day it was in Kyiv, which may differ from the UTC day around midnight.
 */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const civil = CIVIL_DATE.exec(value);
    if (civil) return `${civil[3]}.${civil[2]}.${civil[1]}`;
  }
  const p = kyivParts(toInstant(value));
  return `${p.day}.${p.month}.${p.year}`;
}

/** The time of an instant in Kyiv, 24-hour `HH:MM`. */
export function formatTime(value: string | Date): string {
  const p = kyivParts(toInstant(value));
  return `${p.hour}:${p.minute}`;
}

/** An instant as `dd.mm.yyyy HH:MM`, Kyiv time. */
export function formatDateTime(value: string | Date): string {
  return `${formatDate(toInstant(value))} ${formatTime(value)}`;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * An amount of money given in kopiyky (integers, so no rounding drifts): `1 234,50 грн` in Ukrainian,
 * `1,234.50 UAH` in English. Spaces are non-breaking so an amount never wraps across lines.
 */
export function formatMoney(kopiyky: number, locale: Locale): string {
  const sign = kopiyky < 0 ? '-' : '';
  const abs = Math.abs(Math.round(kopiyky));
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (locale === 'en') return `${sign}${groupThousands(whole, ',')}.${cents}${NBSP}UAH`;
  return `${sign}${groupThousands(whole, NBSP)},${cents}${NBSP}грн`;
}

/** The 9 national digits of a Ukrainian number written in any usual way, or null. */
function ukrainianDigits(value: string): string | null {
  if (!/^[\d\s()+\-.]+$/.test(value.trim())) return null;
  const digits = value.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('380')) return digits.slice(3);
  if (digits.length === 10 && digits.startsWith('0')) return digits.slice(1);
  return null;
}

/** A Ukrainian phone number as `+380 67 123 45 67`; anything else is shown as it was written. */
export function formatPhone(value: string): string {
  const national = ukrainianDigits(value);
  if (!national) return value.trim();
  return `+380 ${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
}

/**
 * A phone number as typed, made ready to store: a Ukrainian number becomes `+380671234567`, an empty
 * field becomes null, and anything else (a foreign number) is kept as written.
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const national = ukrainianDigits(trimmed);
  return national ? `+380${national}` : trimmed;
}
