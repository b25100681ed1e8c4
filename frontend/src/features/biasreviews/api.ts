import { api, body } from '../../api/client';
import type { BiasReview, BiasReviewInput } from '../../api/types';

export async function listBiasReviews(aiSystemId: number, page: number, signal: AbortSignal) {
  return body(
    await api.GET('/api/bias-reviews', { params: { query: { aiSystemId, page, size: 20 } }, signal }),
  );
}

export async function getBiasReview(id: number, signal: AbortSignal): Promise<BiasReview> {
  return body(await api.GET('/api/bias-reviews/{id}', { params: { path: { id } }, signal }));
}

export async function createBiasReview(input: BiasReviewInput): Promise<BiasReview> {
  return body(await api.POST('/api/bias-reviews', { body: input }));
}

/** Per AI system in use, its latest review in force when due within `withinDays` days or overdue, soonest first. */
export async function getDueBiasReviews(withinDays: number, size: number, signal: AbortSignal) {
  return body(await api.GET('/api/bias-reviews/due', { params: { query: { withinDays, size } }, signal }));
}
