import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';

export const PAGE_TITLE_ID = 'page-title';

interface PageHeaderProps {
  title: string;
  lead?: ReactNode;
  /** Page-level actions, e.g. an "Add" button. */
  actions?: ReactNode;
}

/**
 * The page's one `<h1>` (focusable, so the layout can move focus to it after navigation) and the
 * browser tab's title.
 */
export function PageHeader({ title, lead, actions }: PageHeaderProps) {
  const t = useT();
  useEffect(() => {
    document.title = t('common.pageTitle', { title });
  }, [t, title]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1 id={PAGE_TITLE_ID} tabIndex={-1}>
          {title}
        </h1>
        {lead && <div className="page-header__lead">{lead}</div>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
