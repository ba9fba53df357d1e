import { Suspense, lazy, type ComponentType } from 'react';
import { Spinner } from '../../ui/Spinner';

/**
 * A page loaded on first visit (its code is a separate chunk), with a spinner while it arrives. The
 * intake, catalogue and public request pages use it so that the first screen stays small.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  const Page = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Spinner />}>
        <Page />
      </Suspense>
    );
  };
}
