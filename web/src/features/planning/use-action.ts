import { useState } from 'react';

/** A button's action: busy while it runs, and the failure it ended with (cleared on the next run). */
export function useAction<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const start = async (...args: A) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await run(...args);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, start };
}
