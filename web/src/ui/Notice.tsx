import type { ReactNode } from 'react';
import { cx } from './cx';

export type NoticeTone = 'info' | 'success' | 'warn' | 'error';

interface NoticeProps {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  /** Buttons under the text, e.g. "Try again". */
  actions?: ReactNode;
}

/**
 * A message box that is announced when it appears: errors at once (`role="alert"`), everything else
 * politely (`role="status"`). The tone is also written in its colour and border, never by colour alone.
 */
export function Notice({ tone = 'info', title, children, actions }: NoticeProps) {
  const urgent = tone === 'error';
  return (
    <div
      className={cx('notice', `notice--${tone}`)}
      role={urgent ? 'alert' : 'status'}
      aria-live={urgent ? 'assertive' : 'polite'}
    >
      {title && <p className="notice__title">{title}</p>}
      {children && <div className="notice__body">{children}</div>}
      {actions && <div className="notice__actions">{actions}</div>}
    </div>
  );
}
