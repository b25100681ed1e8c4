import { describe, expect, it } from 'vitest';
import { ApiError, problemSlug, readProblem, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps a well-formed problem with its violations', () => {
    const p = toProblem(400, 'Bad Request', {
      type: 'urn:vigie:problem:validation-error',
      title: 'Invalid request',
      status: 400,
      detail: '2 fields are invalid',
      violations: [
        { field: 'name', message: 'ne doit pas être vide' },
        { field: 'tags[2]', message: 'taille trop grande' },
      ],
    });
    expect(p.type).toBe('urn:vigie:problem:validation-error');
    expect(p.detail).toBe('2 fields are invalid');
    expect(p.violations).toHaveLength(2);
  });

  it('drops malformed violations instead of failing', () => {
    const p = toProblem(400, '', { type: 'x', title: 't', status: 400, violations: [{ field: 1 }, 'oops', { field: 'a', message: 'b' }] });
    expect(p.violations).toEqual([{ field: 'a', message: 'b' }]);
  });

  it('falls back to the HTTP status when the body is not a problem (proxy HTML page)', () => {
    const p = toProblem(502, 'Bad Gateway', null);
    expect(p).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });
});

describe('problemSlug', () => {
  it('reads the slug of a known urn', () => {
    expect(problemSlug({ type: 'urn:vigie:problem:stale-version', status: 412 })).toBe('stale-version');
  });
  it('does not trust unknown slugs or foreign types', () => {
    expect(problemSlug({ type: 'urn:vigie:problem:made-up', status: 400 })).toBe('unknown');
    expect(problemSlug({ type: 'https://example.org/x', status: 404 })).toBe('unknown');
  });
});

describe('readProblem', () => {
  it('parses application/problem+json and leaves the response body readable', async () => {
    const response = new Response(
      JSON.stringify({ type: 'urn:vigie:problem:forbidden', title: 'Forbidden', status: 403 }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
    );
    const error = new ApiError(await readProblem(response));
    expect(error.slug).toBe('forbidden');
    expect(error.status).toBe(403);
    expect(await response.json()).toMatchObject({ status: 403 });
  });

  it('survives a body that claims JSON but is not', async () => {
    const response = new Response('<html>', { status: 500, statusText: 'Oops', headers: { 'Content-Type': 'application/json' } });
    expect(await readProblem(response)).toEqual({ type: 'about:blank', title: 'Oops', status: 500 });
  });
});
