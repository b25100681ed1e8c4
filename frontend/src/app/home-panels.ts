import { BiasHomePanel } from '../features/biasreviews/components/bias-home-panel';
import { RegisterHomePanel } from '../features/aisystems/components/register-home-panel';
import type { HomePanel } from '../features/home/panels';
import { MonitoringHomePanel } from '../features/monitoring-todo/components/monitoring-home-panel';
import { IncidentsHomePanel } from '../features/incidents/components/incidents-home-panel';

/**
 * The home page's panels, one per feature that has one (docs/frontend.md, "Home panels"). A new
 * feature adds its entry here; the home page shows each to the roles its permission allows.
 */
export const HOME_PANELS: readonly HomePanel[] = [
  { id: 'register', permission: 'register:read', order: 10, Component: RegisterHomePanel },
  { id: 'monitoring', permission: 'register:read', order: 20, Component: MonitoringHomePanel },
  { id: 'bias-reviews', permission: 'register:read', order: 30, Component: BiasHomePanel },
  { id: 'incidents', permission: 'register:read', order: 40, Component: IncidentsHomePanel },
];
