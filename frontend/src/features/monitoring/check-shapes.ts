import type { Violation } from '../../api/problem';
import type { CheckInput } from './api';
import type { Method, MonitoringMessages, WatchedKind } from './messages';

/** The shape of a check's summary data, by method (the server's MonitoringMethod.Family). */
export type Family = 'DISTRIBUTION' | 'SERIES' | 'SCORES' | 'PROPORTIONS' | 'RATE_SERIES';

export const FAMILY: Record<Method, Family> = {
  PSI: 'DISTRIBUTION',
  KULLBACK_LEIBLER: 'DISTRIBUTION',
  JENSEN_SHANNON: 'DISTRIBUTION',
  HELLINGER: 'DISTRIBUTION',
  L_INFINITY: 'DISTRIBUTION',
  WASSERSTEIN: 'DISTRIBUTION',
  KOLMOGOROV_SMIRNOV: 'DISTRIBUTION',
  CHI_SQUARE_GOODNESS_OF_FIT: 'DISTRIBUTION',
  CHI_SQUARE_CONTINGENCY: 'DISTRIBUTION',
  TWO_PROPORTION_Z: 'DISTRIBUTION',
  REFERENCE_STD: 'SERIES',
  CUSUM: 'SERIES',
  EWMA: 'SERIES',
  WESTERN_ELECTRIC: 'SERIES',
  AUROC_BINNED: 'SCORES',
  PROPORTION_CHANGE: 'PROPORTIONS',
  P_CHART: 'RATE_SERIES',
};

/** The method families each watched kind accepts (the server's WatchedKind), its default first. */
export const KIND_METHODS: Record<WatchedKind, { default: Method; families: Family[] }> = {
  INPUT_DISTRIBUTION: { default: 'PSI', families: ['DISTRIBUTION'] },
  OUTPUT_DISTRIBUTION: { default: 'PSI', families: ['DISTRIBUTION'] },
  AUROC: { default: 'AUROC_BINNED', families: ['SCORES', 'SERIES'] },
  SENSITIVITY: { default: 'PROPORTION_CHANGE', families: ['PROPORTIONS', 'RATE_SERIES', 'SERIES'] },
  SPECIFICITY: { default: 'PROPORTION_CHANGE', families: ['PROPORTIONS', 'RATE_SERIES', 'SERIES'] },
  PPV: { default: 'PROPORTION_CHANGE', families: ['PROPORTIONS', 'RATE_SERIES', 'SERIES'] },
  CALIBRATION_IN_THE_LARGE: { default: 'REFERENCE_STD', families: ['SERIES'] },
  ANSWER_ACCEPTANCE_RATE: { default: 'P_CHART', families: ['RATE_SERIES', 'PROPORTIONS', 'SERIES'] },
  REFUSAL_RATE: { default: 'P_CHART', families: ['RATE_SERIES', 'PROPORTIONS', 'SERIES'] },
  THUMBS_DOWN_RATE: { default: 'P_CHART', families: ['RATE_SERIES', 'PROPORTIONS', 'SERIES'] },
  UNGROUNDED_ANSWER_RATE: { default: 'P_CHART', families: ['RATE_SERIES', 'PROPORTIONS', 'SERIES'] },
  CLINICIAN_OVERRIDE_RATE: { default: 'P_CHART', families: ['RATE_SERIES', 'PROPORTIONS', 'SERIES'] },
};

export function methodsFor(kind: WatchedKind): Method[] {
  const families = KIND_METHODS[kind].families;
  return (Object.keys(FAMILY) as Method[]).filter((m) => families.includes(FAMILY[m]));
}

/** The CSV header of each shape (docs/computations.md, "Checks as CSV"). */
export function csvColumns(family: Family, categorical = false): string {
  switch (family) {
    case 'DISTRIBUTION':
      return categorical ? 'category;reference;current' : 'lower;upper;reference;current';
    case 'SERIES':
      return 'period;value;reference';
    case 'SCORES':
      return 'bin;reference_positives;reference_negatives;current_positives;current_negatives';
    case 'PROPORTIONS':
    case 'RATE_SERIES':
      return 'period;successes;trials;reference';
  }
}

/** The fields of the check form of each shape, each a JSON path of the check (lists end in `[]`). */
export function formFields(family: Family, categorical: boolean): string[] {
  switch (family) {
    case 'DISTRIBUTION':
      return categorical
        ? ['categories', 'reference.counts', 'current.counts']
        : ['binEdges', 'reference.counts', 'current.counts'];
    case 'SERIES':
      return ['reference.values', 'current.values', 'mu0', 'sigma'];
    case 'SCORES':
      return ['reference.positiveCounts', 'reference.negativeCounts', 'current.positiveCounts', 'current.negativeCounts'];
    case 'PROPORTIONS':
      return ['reference.events', 'reference.total', 'current.events', 'current.total'];
    case 'RATE_SERIES':
      return ['periods.period', 'periods.events', 'periods.total', 'referencePeriods'];
  }
}

/** Fields holding a list of numbers (or of texts, for categories and period labels). */
const TEXT_LISTS = new Set(['categories', 'periods.period']);
const SINGLE = new Set(['mu0', 'sigma', 'reference.events', 'reference.total', 'current.events', 'current.total', 'referencePeriods']);
const OPTIONAL = new Set(['mu0', 'sigma', 'reference.values', 'referencePeriods']);

export function isList(field: string): boolean {
  return !SINGLE.has(field);
}

/** A number as typed in France or elsewhere: decimal comma or point, spaces ignored. */
export function parseNumber(text: string): number | undefined {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(clean) ? Number(clean) : undefined;
}

function items(text: string): string[] {
  return text.split(/[;\n\t]/).map((s) => s.trim()).filter((s) => s !== '');
}

export interface Built {
  input?: CheckInput;
  errors: Record<string, string>;
}

/**
 * The check the form describes, or the fields in error (French or English messages, empty lists of
 * required fields, values that are not numbers). The server checks everything else.
 */
export function buildCheck(
  family: Family,
  categorical: boolean,
  values: Record<string, string>,
  period: { periodStart: string; periodEnd: string },
  t: MonitoringMessages,
): Built {
  const errors: Record<string, string> = {};
  const read: Record<string, number[] | string[] | number | undefined> = {};
  for (const field of formFields(family, categorical)) {
    const raw = (values[field] ?? '').trim();
    if (raw === '') {
      if (!OPTIONAL.has(field)) errors[field] = t.requiredField;
      continue;
    }
    if (TEXT_LISTS.has(field)) {
      read[field] = items(raw);
      continue;
    }
    const parts = isList(field) ? items(raw) : [raw];
    const numbers = parts.map(parseNumber);
    const bad = numbers.findIndex((n) => n === undefined);
    if (bad >= 0) errors[field] = t.notNumber(bad + 1);
    else read[field] = isList(field) ? (numbers as number[]) : numbers[0];
  }
  if (!period.periodStart) errors.periodStart = t.requiredField;
  if (!period.periodEnd) errors.periodEnd = t.requiredField;
  if (Object.keys(errors).length > 0) return { errors };
  const list = (f: string) => read[f] as number[] | undefined;
  const one = (f: string) => read[f] as number | undefined;
  const input: CheckInput = { periodStart: period.periodStart, periodEnd: period.periodEnd };
  switch (family) {
    case 'DISTRIBUTION': {
      const key = categorical ? { categories: read.categories as string[] } : { binEdges: list('binEdges') };
      input.reference = { ...key, counts: list('reference.counts') };
      input.current = { ...key, counts: list('current.counts') };
      break;
    }
    case 'SERIES':
      if (list('reference.values')) input.reference = { values: list('reference.values') };
      input.current = { values: list('current.values') };
      if (one('mu0') !== undefined) input.mu0 = one('mu0');
      if (one('sigma') !== undefined) input.sigma = one('sigma');
      break;
    case 'SCORES':
      input.reference = { positiveCounts: list('reference.positiveCounts'), negativeCounts: list('reference.negativeCounts') };
      input.current = { positiveCounts: list('current.positiveCounts'), negativeCounts: list('current.negativeCounts') };
      break;
    case 'PROPORTIONS':
      input.reference = { events: one('reference.events'), total: one('reference.total') };
      input.current = { events: one('current.events'), total: one('current.total') };
      break;
    case 'RATE_SERIES': {
      const labels = read['periods.period'] as string[];
      const events = list('periods.events') ?? [];
      const totals = list('periods.total') ?? [];
      input.periods = labels.map((period, i) => ({ period, events: events[i], total: totals[i] }));
      if (one('referencePeriods') !== undefined) input.referencePeriods = one('referencePeriods');
      break;
    }
  }
  return { input, errors };
}

/**
 * The form field a server violation belongs to: `current.counts[3]` → `current.counts` (item 4),
 * `reference.binEdges[0]` → `binEdges`, `periods[2].events` → `periods.events` (item 3).
 */
export function violationField(path: string, fields: readonly string[]): { field: string; item?: number } | undefined {
  const periods = /^periods\[(\d+)\]\.(\w+)$/.exec(path);
  if (periods) return { field: `periods.${periods[2]}`, item: Number(periods[1]) + 1 };
  const match = /^(.*?)(?:\[(\d+)\])?$/.exec(path)!;
  let field = match[1]!;
  if (!fields.includes(field)) field = field.replace(/^(reference|current)\./, '');
  if (!fields.includes(field)) return undefined;
  return match[2] === undefined ? { field } : { field, item: Number(match[2]) + 1 };
}

/** A violation of a CSV cell (`csv.line[12].current`, `csv.header`, `csv`) as a sentence start. */
export function csvViolation(v: Violation, t: MonitoringMessages): string {
  const cell = /^csv\.line\[(\d+)\](?:\.(\w+))?$/.exec(v.field);
  if (cell) return `${t.csvLine(cell[1]!, cell[2] ?? '')}${v.message}`;
  if (v.field === 'csv.header') return `${t.csvHeader}${v.message}`;
  return v.field && v.field !== 'csv' ? `${v.field} – ${v.message}` : v.message;
}
