import { api, body } from '../../api/client';
import type { Option } from '../../components/fields';
import { useApiQuery } from '../../lib/use-api-query';

/** All establishments as choices (a GHT has a few dozen at most), sorted by name; archived ones flagged. */
export function useEstablishmentOptions() {
  const query = useApiQuery(
    async (signal) =>
      body(await api.GET('/api/establishments', { params: { query: { page: 0, size: 100, sort: 'name' } }, signal })),
    'establishment-options',
  );
  const options: (Option & { archived: boolean })[] = (query.data?.items ?? []).map((e) => ({
    value: String(e.id),
    label: e.shortName && e.shortName !== e.name ? `${e.name} (${e.shortName})` : (e.name ?? ''),
    archived: e.archived ?? false,
  }));
  return { options, loading: query.loading, error: query.error };
}
