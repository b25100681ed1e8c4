import { Badge, type BadgeTone } from '../../../components/badge';
import { useUseCaseMessages, type UseCaseStage } from '../messages';

const TONES: Record<UseCaseStage, BadgeTone> = {
  IDENTIFIED: 'neutral', QUALIFIED: 'info', PRIORITISED: 'info', STUDY: 'info', DEVELOPMENT: 'warning',
  TEST: 'warning', PRODUCTION: 'success', ON_HOLD: 'muted', ABANDONED: 'muted', DUPLICATE: 'muted', RETIRED: 'muted',
};

export function StageBadge({ stage }: { stage: UseCaseStage }) {
  const { t } = useUseCaseMessages();
  return <Badge tone={TONES[stage]}>{t.stages[stage]}</Badge>;
}
