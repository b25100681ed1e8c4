import { api, body, etagOf } from '../../api/client';
import type {
  ConditionFollowUp,
  EthicsCondition,
  EthicsDecision,
  EthicsDecisionInput,
  EthicsFile,
  EthicsReview,
  EthicsReviewInput,
} from '../../api/types';

export async function getEthicsFile(aiSystemId: number, signal: AbortSignal): Promise<EthicsFile> {
  return body(await api.GET('/api/ethics/ai-systems/{aiSystemId}', { params: { path: { aiSystemId } }, signal }));
}

export async function createEthicsReview(input: EthicsReviewInput): Promise<EthicsReview> {
  return body(await api.POST('/api/ethics/reviews', { body: input }));
}

export async function createEthicsDecision(input: EthicsDecisionInput): Promise<EthicsDecision> {
  return body(await api.POST('/api/ethics/decisions', { body: input }));
}

/** A condition's follow-up, sent with the version the user saw (412 when someone changed it meanwhile). */
export async function followUpCondition(
  id: number,
  version: number,
  input: ConditionFollowUp,
): Promise<{ condition: EthicsCondition; etag: string }> {
  const result = await api.PUT('/api/ethics/conditions/{id}', {
    params: { path: { id } },
    headers: { 'If-Match': `"${version}"` },
    body: input,
  });
  return { condition: body(result), etag: etagOf(result.response) };
}

/** Export of the état des lieux (all systems), served as a download. */
export function ethicsExportUrl(format: 'pdf' | 'xlsx', lang: string): string {
  return `/api/ethics/export?format=${format}&lang=${lang}`;
}

/** Lines of a textarea, trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Today in Europe/Paris as yyyy-mm-dd (the server's civil dates). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}
