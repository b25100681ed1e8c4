import type { ApiError } from '../api/problem';
import type { Messages } from '../i18n/fr';

/**
 * The sentence shown for an API error. Server details are shown when they were written for
 * people (business rules, conflicts); technical ones are replaced by our own wording.
 */
export function problemMessage(m: Messages, error: ApiError): string {
  switch (error.slug) {
    case 'network-error':
      return m.errors.network;
    case 'forbidden':
      return m.errors.forbidden;
    case 'not-found':
      return m.errors.notFound;
    case 'internal-error':
      return m.errors.internal;
    case 'too-many-attempts':
      return m.errors.tooManyAttempts;
    case 'business-rule':
    case 'conflict':
    case 'concurrent-modification':
    case 'validation-error':
    case 'malformed-request':
      return error.problem.detail ?? m.errors.generic;
    case 'unauthenticated':
      return m.auth.sessionExpired;
    default:
      return error.status >= 500 ? m.errors.internal : (error.problem.detail ?? m.errors.generic);
  }
}
