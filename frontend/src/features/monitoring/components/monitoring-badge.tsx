import type { components } from '../../../api/schema';
import { Badge, type BadgeTone } from '../../../components/badge';
import { useMonitoringMessages } from '../messages';

type Status = components['schemas']['MonitoringStatus'];
type Level = components['schemas']['MonitoringLevel'];

const TONE: Record<Exclude<Level, 'NONE'>, BadgeTone> = { RED: 'danger', ORANGE: 'warning', GREEN: 'success' };

/** The monitoring status of an AI system as a badge with its text (none for a system without a plan). */
export function MonitoringBadge({ status }: { status: Status | undefined }) {
  const { t } = useMonitoringMessages();
  const level = status?.level;
  if (!level || level === 'NONE') return null;
  const why = status.reasons.map((r) => t.reasons[r]).join(' ; ');
  return <Badge tone={TONE[level]} title={why || undefined}>{t.levels[level]}</Badge>;
}
