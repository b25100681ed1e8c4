import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

const PREFIX = 'urn:vigie:problem:';

/** Problem slugs the UI reacts to; `network-error` is ours (no answer from the server). */
export type ProblemSlug =
  | 'validation-error'
  | 'malformed-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'concurrent-modification'
  | 'stale-version'
  | 'business-rule'
  | 'if-match-required'
  | 'too-many-attempts'
  | 'internal-error'
  | 'network-error'
  | 'unknown';

const KNOWN: ReadonlySet<string> = new Set<ProblemSlug>([
  'validation-error',
  'malformed-request',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'concurrent-modification',
  'stale-version',
  'business-rule',
  'if-match-required',
  'too-many-attempts',
  'internal-error',
]);

/** A non-2xx answer of the API (or no answer at all), carrying its RFC 9457 problem. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get slug(): ProblemSlug {
    return problemSlug(this.problem);
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }
}

export function problemSlug(problem: Pick<Problem, 'type' | 'status'>): ProblemSlug {
  if (problem.type.startsWith(PREFIX)) {
    const slug = problem.type.slice(PREFIX.length);
    if (KNOWN.has(slug)) return slug as ProblemSlug;
  }
  if (problem.status === 0) return 'network-error';
  return 'unknown';
}

function isViolation(value: unknown): value is Violation {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Violation).field === 'string' &&
    typeof (value as Violation).message === 'string'
  );
}

/**
 * Builds a Problem from an error answer. The body is trusted only as far as it has the expected
 * shape: a proxy's HTML error page or a truncated body still gives a usable Problem.
 */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  const fallback: Problem = { type: 'about:blank', title: statusText || `HTTP ${status}`, status };
  if (typeof body !== 'object' || body === null) return fallback;
  const b = body as Record<string, unknown>;
  const problem: Problem = {
    type: typeof b.type === 'string' ? b.type : fallback.type,
    title: typeof b.title === 'string' ? b.title : fallback.title,
    status: typeof b.status === 'number' ? b.status : status,
  };
  if (typeof b.detail === 'string') problem.detail = b.detail;
  if (Array.isArray(b.violations)) problem.violations = b.violations.filter(isViolation);
  return problem;
}

/** Reads the problem of an error response without consuming the original body. */
export async function readProblem(response: Response): Promise<Problem> {
  let body: unknown = null;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      body = await response.clone().json();
    } catch {
      body = null;
    }
  }
  return toProblem(response.status, response.statusText, body);
}

export function networkError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ApiError({ type: `${PREFIX}network-error`, title: 'Network error', status: 0, detail });
}
