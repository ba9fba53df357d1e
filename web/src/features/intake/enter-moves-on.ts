import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea, button';

/**
 * Enter in a one-line field moves to the next field instead of sending a half-filled form; the form
 * is sent only by its button. Text areas keep Enter for new lines; buttons and check-boxes keep theirs.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || event.defaultPrevented) return;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  if (target instanceof HTMLInputElement && ['checkbox', 'radio', 'submit', 'button'].includes(target.type))
    return;
  event.preventDefault();
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  all[all.indexOf(target) + 1]?.focus();
}
