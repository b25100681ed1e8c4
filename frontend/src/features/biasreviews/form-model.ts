import type { BiasReview, BiasReviewInput, ReviewKind, ReviewOutcome } from '../../api/types';

/** The fairness thresholds a review may override (docs/computations.md §8), with the registry defaults. */
export const THRESHOLDS = ['aequitasTau', 'seismometerLimit', 'fourFifths', 'differenceModerate', 'differenceSignificant'] as const;
export type ThresholdName = (typeof THRESHOLDS)[number];
export const THRESHOLD_DEFAULTS: Record<ThresholdName, number> = {
  aequitasTau: 0.8,
  seismometerLimit: 0.25,
  fourFifths: 0.8,
  differenceModerate: 0.05,
  differenceSignificant: 0.1,
};
const noThresholds = (): Record<ThresholdName, string> =>
  ({ aequitasTau: '', seismometerLimit: '', fourFifths: '', differenceModerate: '', differenceSignificant: '' });

export const COUNTS = ['tp', 'fp', 'tn', 'fn'] as const;
export type CountName = (typeof COUNTS)[number];

export interface GroupRow {
  key: number;
  name: string;
  tp: string;
  fp: string;
  tn: string;
  fn: string;
}

export interface AttributeDraft {
  key: number;
  name: string;
  referenceGroup: string;
  groups: GroupRow[];
}

export interface ReviewDraft {
  kind: ReviewKind;
  reviewedOn: string;
  reviewers: string;
  attributes: AttributeDraft[];
  minimumGroupSize: string;
  /** Overrides as typed (empty: the default); quantitative reviews only. */
  thresholds: Record<ThresholdName, string>;
  findings: string;
  mitigations: string;
  outcome: ReviewOutcome | '';
  nextReviewOn: string;
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyGroup = (): GroupRow => ({ key: newKey(), name: '', tp: '', fp: '', tn: '', fn: '' });
export const emptyAttribute = (): AttributeDraft => ({
  key: newKey(),
  name: '',
  referenceGroup: '',
  groups: [emptyGroup(), emptyGroup()],
});

export function emptyDraft(today: string): ReviewDraft {
  return {
    kind: 'QUANTITATIVE',
    reviewedOn: today,
    reviewers: '',
    attributes: [emptyAttribute()],
    minimumGroupSize: '',
    thresholds: noThresholds(),
    findings: '',
    mitigations: '',
    outcome: '',
    nextReviewOn: '',
  };
}

/** A correction starts from the review it replaces (its groups, reviewers, findings…), dated today. */
export function draftFrom(review: BiasReview, today: string): ReviewDraft {
  return {
    kind: review.kind ?? 'QUANTITATIVE',
    reviewedOn: today,
    reviewers: (review.reviewers ?? []).join('\n'),
    attributes: (review.attributes ?? []).map((a) => ({
      key: newKey(),
      name: a.name ?? '',
      referenceGroup: a.referenceGroupGiven ? (a.referenceGroup ?? '') : '',
      groups: (a.groups ?? []).map((g) => ({
        key: newKey(),
        name: g.name ?? '',
        tp: String(g.tp ?? ''),
        fp: String(g.fp ?? ''),
        tn: String(g.tn ?? ''),
        fn: String(g.fn ?? ''),
      })),
    })),
    minimumGroupSize: review.minimumGroupSize != null && review.minimumGroupSize !== 10 ? String(review.minimumGroupSize) : '',
    thresholds: Object.fromEntries(THRESHOLDS.map((t) => {
      const used = review.thresholds?.[t];
      return [t, used != null && used !== THRESHOLD_DEFAULTS[t] ? String(used) : ''];
    })) as Record<ThresholdName, string>,
    findings: review.findings ?? '',
    mitigations: review.mitigations ?? '',
    outcome: review.outcome ?? '',
    nextReviewOn: '',
  };
}

const WHOLE = /^\d+$/;

/** Counts typed as text: digits only (spaces between thousands allowed). */
export function countValue(text: string): number | null | 'invalid' {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  return WHOLE.test(t) ? Number(t) : 'invalid';
}

const DECIMAL = /^(\d+([.,]\d*)?|[.,]\d+)$/;

/** A threshold typed as text: a decimal number, with a point or a French comma. */
export function decimalValue(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  return DECIMAL.test(t) ? Number(t.replace(',', '.')) : 'invalid';
}

/** The JSON path of each threshold that is not a decimal number (the server checks the ranges). */
export function invalidThresholds(draft: ReviewDraft): string[] {
  if (draft.kind !== 'QUANTITATIVE') return [];
  return THRESHOLDS.filter((t) => decimalValue(draft.thresholds[t]) === 'invalid').map((t) => `thresholds.${t}`);
}

/** The JSON path of each count that is not a whole number (checked before sending, with the server's words). */
export function invalidCounts(draft: ReviewDraft): string[] {
  if (draft.kind !== 'QUANTITATIVE') return [];
  const paths: string[] = [];
  draft.attributes.forEach((a, i) =>
    a.groups.forEach((g, j) =>
      COUNTS.forEach((c) => {
        if (countValue(g[c]) === 'invalid') paths.push(`attributes[${i}].groups[${j}].${c}`);
      }),
    ),
  );
  const size = countValue(draft.minimumGroupSize);
  if (size === 'invalid') paths.push('minimumGroupSize');
  return paths;
}

const text = (s: string) => (s.trim() === '' ? undefined : s);

/** The request body; empty inputs are left out, so the server names what is missing. */
export function toRequest(draft: ReviewDraft, aiSystemId: number, supersedesId?: number): BiasReviewInput {
  const quantitative = draft.kind === 'QUANTITATIVE';
  const count = (s: string) => {
    const v = countValue(s);
    return typeof v === 'number' ? v : undefined;
  };
  const input: BiasReviewInput = {
    aiSystemId,
    kind: draft.kind,
    reviewedOn: draft.reviewedOn || (undefined as unknown as string),
    reviewers: draft.reviewers.split('\n').map((r) => r.trim()).filter((r) => r !== ''),
    attributes: draft.attributes.map((a) => ({
      name: a.name,
      ...(quantitative && a.referenceGroup ? { referenceGroup: a.referenceGroup } : {}),
      ...(quantitative
        ? { groups: a.groups.map((g) => ({ name: g.name, tp: count(g.tp), fp: count(g.fp), tn: count(g.tn), fn: count(g.fn) })) }
        : {}),
    })) as BiasReviewInput['attributes'],
    findings: draft.findings,
    mitigations: text(draft.mitigations),
    outcome: (draft.outcome || undefined) as ReviewOutcome,
    nextReviewOn: text(draft.nextReviewOn),
    supersedesId,
  };
  if (quantitative) {
    const size = count(draft.minimumGroupSize);
    if (size !== undefined) input.minimumGroupSize = size;
    const overrides = Object.fromEntries(THRESHOLDS.flatMap((t) => {
      const v = decimalValue(draft.thresholds[t]);
      return typeof v === 'number' ? [[t, v]] : [];
    }));
    if (Object.keys(overrides).length > 0) input.thresholds = overrides;
  }
  return input;
}

/**
 * Rows pasted from a spreadsheet (tabs), or CSV with `;` or `,`: group name then TP, FP, TN, FN.
 * A first line whose counts are not numbers is a header and is skipped; other unreadable lines
 * are reported by their number (1-based).
 */
export function parsePastedRows(pasted: string): { rows: Omit<GroupRow, 'key'>[]; skipped: number[] } {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  const separator = pasted.includes('\t') ? '\t' : pasted.includes(';') ? ';' : ',';
  const rows: Omit<GroupRow, 'key'>[] = [];
  const skipped: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(separator).map((c) => c.trim());
    const counts = cells.slice(1, 5);
    const readable = cells.length >= 5 && cells[0] !== '' && counts.every((c) => typeof countValue(c) === 'number');
    if (!readable) {
      if (!(index === 0 && rows.length === 0)) skipped.push(index + 1);
      return;
    }
    const [tp, fp, tn, fn] = counts.map((c) => String(countValue(c)));
    rows.push({ name: cells[0]!, tp: tp!, fp: fp!, tn: tn!, fn: fn! });
  });
  return { rows, skipped };
}

/** Puts pasted rows into the groups from row `at`, adding rows as needed. */
export function withPastedRows(groups: GroupRow[], at: number, rows: Omit<GroupRow, 'key'>[]): GroupRow[] {
  const next = [...groups];
  rows.forEach((row, i) => {
    const existing = next[at + i];
    next[at + i] = { key: existing?.key ?? newKey(), ...row };
  });
  return next;
}
