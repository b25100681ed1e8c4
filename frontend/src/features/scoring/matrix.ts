import type { ScoreSummary, UseCaseItem } from './api';

export interface MatrixPoint {
  id: number;
  title: string;
  stage: string;
  value: number;
  feasibility: number;
  hours: number | null;
  /** Bubble radius in pixels: 4 without an estimate, else 6 to 30 growing with the square root of the hours. */
  radius: number;
}

/** The rated use cases placed on the matrix; bubble areas are proportional to the hours (relative to the largest). */
export function matrixPoints(useCases: UseCaseItem[], scores: ScoreSummary[]): MatrixPoint[] {
  const byId = new Map(scores.map((s) => [s.useCaseId, s]));
  const placed = useCases.flatMap((u) => {
    const s = byId.get(u.id ?? -1);
    if (!s || s.value == null || s.feasibility == null) return [];
    return [{ u, s }];
  });
  const maxHours = Math.max(0, ...placed.map(({ u }) => Number(u.estimatedHoursPerYear ?? 0)));
  return placed.map(({ u, s }) => {
    const hours = u.estimatedHoursPerYear == null ? null : Number(u.estimatedHoursPerYear);
    const radius = hours == null || maxHours === 0 ? 4 : 6 + 24 * Math.sqrt(hours / maxHours);
    return { id: u.id ?? 0, title: u.title ?? '', stage: u.stage ?? 'IDENTIFIED', value: s.value!, feasibility: s.feasibility!,
      hours, radius };
  });
}
