import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { fr } from '../i18n/fr';
import { problemMessage } from './problem-message';

describe('problemMessage', () => {
  it('explains a sign-in lockout in French instead of echoing the English server detail', () => {
    const error = new ApiError({
      type: 'urn:vigie:problem:too-many-attempts',
      title: 'Too many failed sign-in attempts',
      status: 429,
      detail: 'Too many failed sign-in attempts for this user name. Try again in 15 minute(s).',
    });
    expect(problemMessage(fr, error)).toBe(fr.errors.tooManyAttempts);
  });
});
