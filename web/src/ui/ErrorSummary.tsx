import type { MouseEvent, Ref } from 'react';
import { useT } from '../i18n/i18n-context';

export interface SummaryItem {
  message: string;
  /** The element id of the field to jump to, when the problem belongs to a field. */
  target?: string | undefined;
  label?: string | undefined;
}

interface ErrorSummaryProps {
  message?: string | undefined;
  items: readonly SummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

function jumpTo(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const element = document.getElementById(target);
  if (!element) return;
  event.preventDefault();
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

/**
 * The box at the top of a refused form: what went wrong and a link to each field at fault. It is
 * focused when it appears, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ message, items, ref }: ErrorSummaryProps) {
  const t = useT();
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      {message && <p>{message}</p>}
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item, index) => (
            <li key={`${item.target ?? 'general'}-${index}`}>
              {item.target ? (
                <a href={`#${item.target}`} onClick={(e) => jumpTo(e, item.target ?? '')}>
                  {item.label
                    ? t('errors.fieldMessage', { label: item.label, message: item.message })
                    : item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
