import type { MonitoringStatus } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';
import { monitoringTone } from '../display';

/**
 * A system's monitoring status: the level as a badge with its name, then why it is not green, in
 * words ("Alerte significative ouverte, Ligne en retard"): never colour alone.
 */
export function MonitoringStatusBadge({ status }: { status: MonitoringStatus | null | undefined }) {
  const { m } = useI18n();
  const level = status?.level ?? 'NONE';
  const reasons = status?.reasons ?? [];
  return (
    <span className="monitoring-status">
      <Badge tone={monitoringTone(level)}>{m.monitoringStatus.levels[level]}</Badge>
      {reasons.length > 0 && (
        <span className="small"> {reasons.map((r) => m.monitoringStatus.reasons[r]).join(', ')}</span>
      )}
    </span>
  );
}
