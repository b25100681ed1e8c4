import { describe, expect, it } from 'vitest';
import { matrixPoints } from './matrix';

describe('matrixPoints', () => {
  it('places only use cases scored on both axes and sizes bubbles by the square root of the hours', () => {
    const points = matrixPoints(
      [
        { id: 1, title: 'A', stage: 'IDENTIFIED', estimatedHoursPerYear: 400 },
        { id: 2, title: 'B', stage: 'QUALIFIED', estimatedHoursPerYear: 100 },
        { id: 3, title: 'C', stage: 'IDENTIFIED' },
        { id: 4, title: 'D', stage: 'IDENTIFIED', estimatedHoursPerYear: 50 },
      ] as never,
      [
        { useCaseId: 1, value: 80, feasibility: 60 },
        { useCaseId: 2, value: 40, feasibility: 70 },
        { useCaseId: 3, value: 10, feasibility: 20 },
        { useCaseId: 4, value: 10 },
      ] as never,
    );
    expect(points.map((p) => p.id)).toEqual([1, 2, 3]);
    expect(points[0]!.radius).toBe(30); // the largest: 6 + 24
    expect(points[1]!.radius).toBe(18); // √(100/400) = 0.5 → 6 + 12
    expect(points[2]!.radius).toBe(4); // no estimate
  });
});
