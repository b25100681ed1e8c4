import { useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/feedback';
import { PageTitle } from '../../../components/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { getUseCaseTitle } from '../api';
import { useScoringMessages } from '../messages';
import { ScoringSection } from './scoring-section';

/** /cas-usage/:id/cotation: a use case's scores, their explanation, and the caller's rating. */
export function UseCaseScoringPage() {
  const { t } = useScoringMessages();
  const id = Number(useParams().id);
  const title = useApiQuery((signal) => getUseCaseTitle(id, signal), String(id));
  if (title.loading && !title.data) return <Loading />;
  if (title.error) return <LoadError error={title.error} onRetry={title.reload} />;
  return (
    <>
      <PageTitle title={`${t.section} – ${title.data}`}>{title.data}</PageTitle>
      <ScoringSection useCaseId={id} />
    </>
  );
}
