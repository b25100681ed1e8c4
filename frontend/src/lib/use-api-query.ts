import { useCallback, useEffect, useState } from 'react';
import { ApiError, networkError } from '../api/problem';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `key` changes (and on reload), dropping answers that arrive after a newer
 * request started. Errors are always ApiErrors (the client middleware converts them).
 */
export function useApiQuery<T>(load: (signal: AbortSignal) => Promise<T>, key: string): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    load(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof ApiError ? cause : networkError(cause));
        setLoading(false);
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` says when it really changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}
