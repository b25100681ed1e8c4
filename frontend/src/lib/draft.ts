/**
 * A form's input kept across a sign-in: when a save fails because the session ended, the page
 * stores its input here (this tab only), and the same page restores it after the user has signed
 * in again and been sent back. Nothing typed is lost to an expired session.
 */
const KEY = 'vigie.draft';

interface Draft<T> {
  path: string;
  data: T;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveDraft<T>(path: string, data: T, store = storage()): void {
  try {
    store?.setItem(KEY, JSON.stringify({ path, data } satisfies Draft<T>));
  } catch {
    // storage full or disabled: the input cannot be kept
  }
}

/** The draft saved for this page, if any (left in place until {@link clearDraft}). */
export function peekDraft<T>(path: string, store = storage()): T | undefined {
  try {
    const raw = store?.getItem(KEY);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Draft<T>;
    return draft.path === path ? draft.data : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(store = storage()): void {
  try {
    store?.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
