import type { ReactNode } from 'react';
import type { ApiError } from '../api/problem';
import { useI18n } from '../i18n/i18n-provider';
import { problemMessage } from '../lib/problem-message';

export function Loading() {
  const { m } = useI18n();
  return (
    <p className="loading" role="status">
      {m.common.loading}
    </p>
  );
}

/** An error that replaces the content it was loading, with a retry button. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { m } = useI18n();
  return (
    <div className="notice error" role="alert">
      <p>{problemMessage(m, error)}</p>
      {onRetry && error.slug !== 'not-found' && error.slug !== 'forbidden' && (
        <button type="button" className="secondary" onClick={onRetry}>
          {m.common.retry}
        </button>
      )}
    </div>
  );
}

/** A message that appears after an action: polite status, or assertive alert for errors. */
export function Notice({ kind, children }: { kind: 'success' | 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
