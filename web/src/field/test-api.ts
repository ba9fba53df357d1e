import { enqueue, listOutbox, outboxCounts } from './outbox';
import { fieldStore } from './store';
import { syncNow } from './sync-client';

/**
 * Browser tests drive the offline core directly before the field screens exist: when the page's
 * `sessionStorage` has `valiza.field.testApi = 1` (set by the test), the unlocked app exposes the same
 * functions the screens use as `window.valizaField`. It opens nothing a script on the page could not
 * import anyway, and only while unlocked.
 */
export function exposeTestApi(): () => void {
  if (typeof window === 'undefined' || window.sessionStorage.getItem('valiza.field.testApi') !== '1') {
    return () => undefined;
  }
  const target = window as unknown as { valizaField?: unknown };
  target.valizaField = { enqueue, listOutbox, outboxCounts, fieldStore, syncNow };
  return () => {
    delete target.valizaField;
  };
}
