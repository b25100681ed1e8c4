import createClient, { type Middleware } from 'openapi-fetch';
import { currentLang } from '../i18n/lang';
import { ApiError, networkError, readProblem } from './problem';
import type { paths } from './schema';

type UnauthenticatedListener = () => void;
let onUnauthenticated: UnauthenticatedListener = () => {};

/** Called on every 401 except the sign-in attempt itself (see the session provider). */
export function setUnauthenticatedListener(listener: UnauthenticatedListener): void {
  onUnauthenticated = listener;
}

const SESSION_PATH = '/api/session';

/**
 * Sends the language and X-Requested-With (so a 401 carries no Basic challenge and the browser
 * shows no login pop-up), and turns every non-2xx answer into a thrown {@link ApiError}.
 */
export const problemMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLang());
    request.headers.set('X-Requested-With', 'XMLHttpRequest');
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    const problem = await readProblem(response);
    if (response.status === 401 && !new URL(request.url).pathname.endsWith(SESSION_PATH)) {
      onUnauthenticated();
    }
    throw new ApiError(problem);
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return networkError(error);
  },
};

export const api = createClient<paths>();
api.use(problemMiddleware);

/** The body of a successful answer (errors were already thrown by the middleware). */
export function body<T>(result: { data?: T; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiError({ type: 'about:blank', title: 'Empty answer', status: result.response.status });
  }
  return result.data;
}

export function etagOf(response: Response): string {
  return response.headers.get('ETag') ?? '';
}
