import { addDays, type IsoDate } from '@valiza/domain';

/** The first and last day of the month of a day. */
export function monthOf(day: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = `${day.slice(0, 8)}01`;
  const [y, m] = from.split('-').map(Number);
  const next = m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** Reads a date typed as dd.mm.yyyy (or already ISO) into `YYYY-MM-DD`; null when it is not a real date. */
export function parseShownDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const shown = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : shown
      ? [Number(shown[3]), Number(shown[2]), Number(shown[1])]
      : [0, 0, 0];
  if (!y) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A list of dates typed with commas, semicolons or spaces between them. Answers the dates read and
 * the pieces that are not dates, so the form can name them.
 */
export function parseDateList(text: string): { dates: IsoDate[]; bad: string[] } {
  const pieces = text.split(/[,;\s]+/).filter(Boolean);
  const dates: IsoDate[] = [];
  const bad: string[] = [];
  for (const piece of pieces) {
    const date = parseShownDate(piece);
    if (date) dates.push(date);
    else bad.push(piece);
  }
  return { dates: [...new Set(dates)].sort(), bad };
}
