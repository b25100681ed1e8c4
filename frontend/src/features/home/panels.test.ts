import { describe, expect, it } from 'vitest';
import { visiblePanels, type HomePanel } from './panels';

const nothing = () => null;
const panel = (id: string, order: number): HomePanel => ({ id, order, permission: 'register:read', Component: nothing });

describe('visiblePanels', () => {
  it('keeps the panels the roles may see, in page order', () => {
    const panels = [panel('later', 30), panel('register', 10), panel('middle', 20)];
    expect(visiblePanels(panels, ['VIEWER']).map((p) => p.id)).toEqual(['register', 'middle', 'later']);
  });

  it('shows nothing to roles without the permission', () => {
    expect(visiblePanels([panel('register', 10)], [])).toEqual([]);
  });
});
