import { api, body, etagOf } from '../../api/client';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type ScoringGrid = S['ScoringGridDto'];
export type RatingSet = S['RatingSetDto'];
export type UseCaseScores = S['UseCaseScoresDto'];
export type ScoreExplanation = S['ScoreExplanationDto'];
export type ScoreSummary = S['UseCaseScoreSummary'];
export type Axis = 'VALUE' | 'FEASIBILITY';
export type Quadrant = 'QUICK_WIN' | 'STRUCTURING' | 'OPPORTUNITY' | 'DISCARD';

export interface Tagged<T> {
  value: T;
  etag: string;
}

export async function getGrid(id: number, signal?: AbortSignal): Promise<ScoringGrid> {
  return body(await api.GET('/api/scoring-grids/{id}', { params: { path: { id } }, signal }));
}

export async function listGrids(allVersions: boolean, signal?: AbortSignal): Promise<ScoringGrid[]> {
  return body(await api.GET('/api/scoring-grids', { params: { query: { allVersions } }, signal }));
}

export async function getScores(useCaseId: number, signal?: AbortSignal): Promise<Tagged<UseCaseScores>> {
  const r = await api.GET('/api/use-cases/{useCaseId}/scores', { params: { path: { useCaseId } }, signal });
  return { value: body(r), etag: etagOf(r.response) };
}

export async function getExplanation(useCaseId: number, signal?: AbortSignal): Promise<ScoreExplanation> {
  return body(await api.GET('/api/use-cases/{useCaseId}/scores/explanation', {
    params: { path: { useCaseId } }, signal }));
}

export async function listRatings(useCaseId: number, signal?: AbortSignal): Promise<RatingSet[]> {
  return body(await api.GET('/api/use-cases/{useCaseId}/ratings', { params: { path: { useCaseId } }, signal }));
}

/** The caller's rating of the current grid version, or undefined when they have not rated yet. */
export async function getMyRating(useCaseId: number, signal?: AbortSignal): Promise<Tagged<RatingSet> | undefined> {
  try {
    const r = await api.GET('/api/use-cases/{useCaseId}/ratings/mine', { params: { path: { useCaseId } }, signal });
    return { value: body(r), etag: etagOf(r.response) };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

export async function saveMyRating(useCaseId: number, etag: string | undefined,
  ratings: { criterionId: number; level: number }[], comment: string): Promise<Tagged<RatingSet>> {
  const r = await api.PUT('/api/use-cases/{useCaseId}/ratings/mine', {
    params: { path: { useCaseId }, header: etag ? { 'If-Match': etag } : {} },
    body: { ratings, ...(comment.trim() === '' ? {} : { comment }) },
  });
  return { value: body(r), etag: etagOf(r.response) };
}

export async function overrideScore(useCaseId: number, axis: Axis, etag: string, score: number, reason: string) {
  return body(await api.PUT('/api/use-cases/{useCaseId}/scores/overrides/{axis}', {
    params: { path: { useCaseId, axis }, header: { 'If-Match': etag } }, body: { score, reason },
  }));
}

export async function removeOverride(useCaseId: number, axis: Axis, etag: string) {
  return body(await api.DELETE('/api/use-cases/{useCaseId}/scores/overrides/{axis}', {
    params: { path: { useCaseId, axis }, header: { 'If-Match': etag } },
  }));
}

export async function listScores(ids: number[], signal?: AbortSignal): Promise<ScoreSummary[]> {
  if (ids.length === 0) return [];
  return body(await api.GET('/api/use-case-scores', { params: { query: { ids: [ids.join(',')] } }, signal }));
}

export type UseCaseItem = S['UseCaseSummary'];

/** The first 200 use cases (most recently updated first), for the prioritisation page. */
export async function listUseCasesForMatrix(signal?: AbortSignal): Promise<UseCaseItem[]> {
  const page = body(await api.GET('/api/use-cases', { params: { query: { page: 0, size: 200 } }, signal }));
  return page.items ?? [];
}

export async function getUseCaseTitle(id: number, signal?: AbortSignal): Promise<string> {
  const useCase = body(await api.GET('/api/use-cases/{id}', { params: { path: { id } }, signal }));
  return useCase.title ?? '';
}
