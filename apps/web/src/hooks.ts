import { useCallback, useEffect, useState } from 'react';

/** Loads data, with a reload; `error` holds a failed call. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    load()
      .then((d) => live && setData(d))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload, loading: data === undefined && !error };
}

/** One page of a cursor-paginated list with previous/next; a change of `deps` (a filter) starts again at page 1. */
export function usePaged<T>(load: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>, deps: unknown[]) {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  useEffect(() => setCursors([undefined]), deps); // eslint-disable-line react-hooks/exhaustive-deps
  const cursor = cursors[cursors.length - 1];
  const result = useLoad(() => load(cursor), [cursor, ...deps]);
  return {
    ...result,
    items: result.data?.items ?? [],
    page: cursors.length - 1,
    hasNext: Boolean(result.data?.nextCursor),
    next: () => result.data?.nextCursor && setCursors((c) => [...c, result.data!.nextCursor!]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}
