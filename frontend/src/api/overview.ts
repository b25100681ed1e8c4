import { body, api } from './client';

/**
 * The register at a glance (`GET /api/ai-systems/overview`), read by the home panels of several features: each
 * figure is counted on the register's read model with the query of the list it opens.
 */
export async function getRegisterOverview(signal: AbortSignal) {
  return body(await api.GET('/api/ai-systems/overview', { signal }));
}
