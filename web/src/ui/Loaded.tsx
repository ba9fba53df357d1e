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

interface LoadedProps<T> {
  resource: Resource<T>;
  /** Other resources the content needs (e.g. names to show in a column), so it never fills in late. */
  waitFor?: readonly Pick<Resource<unknown>, 'data' | 'error' | 'reload'>[];
  children: (data: T) => ReactNode;
}

/**
 * Shows a resource: a spinner until the first answer, an error box with "Try again" on failure, and
 * the content once there is data.
 */
export function Loaded<T>({ resource, waitFor = [], children }: LoadedProps<T>) {
  const failed = [resource, ...waitFor].find((r) => r.error);
  if (failed) return <FailureNotice failure={failed.error} onRetry={failed.reload} />;
  if (resource.data === undefined || waitFor.some((r) => r.data === undefined)) return <Spinner />;
  return <>{children(resource.data)}</>;
}
