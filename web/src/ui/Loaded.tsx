import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource';
import { useT } from '../i18n/i18n-context';
import { useDescribeFailure } from '../i18n/use-describe-failure';
import { Button } from './Button';
import { Notice } from './Notice';
import { Spinner } from './Spinner';

/** An error box for a failed load, with "Try again". */
export function FailureNotice({ failure, onRetry }: { failure: unknown; onRetry?: () => void }) {
  const t = useT();
  const describe = useDescribeFailure();
  return (
    <Notice
      tone="error"
      actions={
        onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    >
      <p>{describe(failure)}</p>
    </Notice>
  );
}

/**
 * Shows a resource: a spinner until the first answer, an error box with "Try again" on failure, and
 * the content once there is data.
 */
export function Loaded<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  if (resource.error) return <FailureNotice failure={resource.error} onRetry={resource.reload} />;
  if (resource.data === undefined) return <Spinner />;
  return <>{children(resource.data)}</>;
}
