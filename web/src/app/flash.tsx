import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import type { MessageParams } from '../i18n/types';
import { Notice } from '../ui/Notice';

interface Flash {
  flash: { key: MessageKey; params?: MessageParams };
}

/** Navigation state that makes the next page say what just happened: `navigate(to, { state: flash(...) })`. */
export function flash(key: MessageKey, params?: MessageParams): Flash {
  return { flash: { key, ...(params ? { params } : {}) } };
}

function readFlash(state: unknown): Flash['flash'] | null {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  return (state as Flash).flash;
}

/** Shows the message a previous page left with `flash()`, e.g. "The kit was added." */
export function FlashNotice() {
  const t = useT();
  const message = readFlash(useLocation().state);
  if (!message) return null;
  return (
    <Notice tone="success">
      <p>{t(message.key, message.params)}</p>
    </Notice>
  );
}
