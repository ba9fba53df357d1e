/** Joins class names, skipping the empty ones: `cx('btn', busy && 'btn--busy')`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
