import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, updated when it changes (false outside a browser). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones and narrow windows: where forms show their sections as an accordion. */
export const COMPACT = '(max-width: 47.99rem)';
