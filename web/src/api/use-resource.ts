import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { api } from './client';
import { ApiError, isRequestFailure, type RequestFailure } from './errors';

export interface Resource<T> {
  /** The last answer for this key (kept while a reload is under way). */
  data: T | undefined;
  error: RequestFailure | undefined;
  /** True until the answer of the current key and reload round has arrived. */
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a fresher copy the page already has (e.g. the answer of a save). */
  replace: (data: T) => void;
}

interface State<T> {
  key: string | null;
  round: number;
  data?: T;
  error?: RequestFailure;
}

/**
 * Loads something for a page and reloads it when `key` changes or `reload()` is called. A load that
 * is overtaken (the page left, the key changed) is aborted so its answer never lands on the wrong page.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<State<T>>({ key: null, round: -1 });
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, round, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = isRequestFailure(error) ? error : new ApiError(0, 'internal', '');
        setState((previous) => ({
          key,
          round,
          error: failure,
          ...(previous.key === key && previous.data !== undefined ? { data: previous.data } : {}),
        }));
      },
    );
    return () => controller.abort();
  }, [key, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  const replace = useCallback((data: T) => setState({ key, round, data }), [key, round]);
  const sameKey = state.key === key;
  return {
    data: sameKey ? state.data : undefined,
    error: sameKey && state.round === round ? state.error : undefined,
    loading: key !== null && !(sameKey && state.round === round),
    reload,
    replace,
  };
}

/** `GET path`, checked against a domain contract, as a page resource. */
export function useApiGet<T>(path: string | null, schema: z.ZodType<T>): Resource<T> {
  return useResource(path, (signal) => api.get(path ?? '', schema, signal));
}
