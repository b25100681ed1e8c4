import type { UseCase, UseCaseInput } from './api';

/** The form's values: text as typed (numbers too), lists one item per line. */
export interface UseCaseFormValues {
  title: string;
  irritant: string;
  currentProcess: string;
  proposedSolution: string;
  gainTime: string;
  gainCareQuality: string;
  gainWorkingConditions: string;
  gainPatientExperience: string;
  gainCost: string;
  services: string;
  jobFunctions: string;
  volume: string;
  volumePeriod: string;
  minutesBefore: string;
  minutesAfter: string;
  reworkRatePercent: string;
  reviewMinutes: string;
  dataAndSystems: string;
  category: string;
  origin: string;
  tags: string;
}

export type UseCaseField = keyof UseCaseFormValues;

export const EMPTY_FORM: UseCaseFormValues = {
  title: '', irritant: '', currentProcess: '', proposedSolution: '', gainTime: '', gainCareQuality: '',
  gainWorkingConditions: '', gainPatientExperience: '', gainCost: '', services: '', jobFunctions: '', volume: '',
  volumePeriod: '', minutesBefore: '', minutesAfter: '', reworkRatePercent: '', reviewMinutes: '', dataAndSystems: '',
  category: '', origin: 'INDIVIDUAL_PROPOSAL', tags: '',
};

export const FIELDS = new Set<string>(Object.keys(EMPTY_FORM));

const text = (v: string | null | undefined) => v ?? '';
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const lines = (v: readonly string[] | null | undefined) => (v ?? []).join('\n');

export function toFormValues(u: UseCase): UseCaseFormValues {
  return {
    title: text(u.title), irritant: text(u.irritant), currentProcess: text(u.currentProcess),
    proposedSolution: text(u.proposedSolution), gainTime: text(u.gainTime), gainCareQuality: text(u.gainCareQuality),
    gainWorkingConditions: text(u.gainWorkingConditions), gainPatientExperience: text(u.gainPatientExperience),
    gainCost: text(u.gainCost), services: lines(u.services), jobFunctions: lines(u.jobFunctions), volume: num(u.volume),
    volumePeriod: text(u.volumePeriod), minutesBefore: num(u.minutesBefore), minutesAfter: num(u.minutesAfter),
    reworkRatePercent: num(u.reworkRatePercent), reviewMinutes: num(u.reviewMinutes),
    dataAndSystems: text(u.dataAndSystems), category: text(u.category), origin: text(u.origin), tags: lines(u.tags),
  };
}

/** A number as typed, French decimal comma accepted; empty is absent; anything else is sent as is for the server to refuse. */
export function parseNumber(raw: string): number | undefined {
  const t = raw.trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function splitLines(raw: string): string[] {
  return raw.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
}

const opt = (v: string) => (v.trim() === '' ? undefined : v);

export function toInput(v: UseCaseFormValues, aiSystemIds: number[] = []): UseCaseInput {
  return {
    title: v.title, irritant: v.irritant, currentProcess: opt(v.currentProcess), proposedSolution: opt(v.proposedSolution),
    gainTime: opt(v.gainTime), gainCareQuality: opt(v.gainCareQuality), gainWorkingConditions: opt(v.gainWorkingConditions),
    gainPatientExperience: opt(v.gainPatientExperience), gainCost: opt(v.gainCost), services: splitLines(v.services),
    jobFunctions: splitLines(v.jobFunctions), volume: parseNumber(v.volume),
    volumePeriod: (opt(v.volumePeriod) as UseCaseInput['volumePeriod']), minutesBefore: parseNumber(v.minutesBefore),
    minutesAfter: parseNumber(v.minutesAfter), reworkRatePercent: parseNumber(v.reworkRatePercent),
    reviewMinutes: parseNumber(v.reviewMinutes), dataAndSystems: opt(v.dataAndSystems),
    category: opt(v.category) as UseCaseInput['category'], origin: v.origin as UseCaseInput['origin'],
    tags: splitLines(v.tags), aiSystemIds,
  };
}
