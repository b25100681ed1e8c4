import { useState } from 'react';
import type { BiasReview } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { Pager } from '../../../components/pager';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { getBiasReview, listBiasReviews } from '../api';
import { outcomeTone } from '../display';
import { ReviewForm } from './review-form';
import { ScrollRegion } from './scroll-region';
import { ReviewView } from './review-view';

type Mode = { kind: 'list' } | { kind: 'view'; id: number } | { kind: 'form'; replacing?: BiasReview };

function ReviewList({ aiSystemId, onOpen }: { aiSystemId: number; onOpen: (id: number) => void }) {
  const { m, date } = useI18n();
  const b = m.biasReviews;
  const [page, setPage] = useState(0);
  const query = useApiQuery((signal) => listBiasReviews(aiSystemId, page, signal), `${aiSystemId}/${page}`);
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const items = query.data?.items ?? [];
  if (items.length === 0) return <p className="empty">{b.empty}</p>;
  return (
    <>
      <ScrollRegion label={b.listCaption}>
        <table className="register">
          <caption className="visually-hidden">{b.listCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{b.columns.reviewedOn}</th>
              <th scope="col">{b.columns.kind}</th>
              <th scope="col">{b.columns.outcome}</th>
              <th scope="col">{b.columns.state}</th>
              <th scope="col">{b.columns.nextReviewOn}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(r.id ?? 0)}>
                    {b.open(date(r.reviewedOn))}
                  </button>
                </th>
                <td>{b.kindShort[r.kind ?? 'QUANTITATIVE']}</td>
                <td><Badge tone={outcomeTone(r.outcome)}>{b.outcomes[r.outcome ?? 'ACCEPTABLE']}</Badge></td>
                <td>
                  <Badge tone={r.current ? 'info' : 'muted'}>{r.current ? b.current : b.superseded}</Badge>
                  {r.supersededById != null && <span className="muted"> {b.supersededBy(r.supersededById)}</span>}
                </td>
                <td>{date(r.nextReviewOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager page={page} size={query.data?.size ?? 20} total={query.data?.total ?? 0} onPage={setPage} />
    </>
  );
}

function OneReview({ id, onOpen, onCorrect }: {
  id: number;
  onOpen: (id: number) => void;
  onCorrect?: ((review: BiasReview) => void) | undefined;
}) {
  const query = useApiQuery((signal) => getBiasReview(id, signal), String(id));
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const review = query.data!;
  return <ReviewView review={review} onOpen={onOpen} onCorrect={onCorrect ? () => onCorrect(review) : undefined} />;
}

/** The "Revues de biais" tab of an AI system's record: the reviews, one review, or the form. */
export function BiasReviewsPanel({ aiSystemId }: { aiSystemId: number }) {
  const { m } = useI18n();
  const b = m.biasReviews;
  const { can } = useSession();
  const writer = can('bias-reviews:write');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [flash, setFlash] = useState('');
  const open = (id: number) => {
    setFlash('');
    setMode({ kind: 'view', id });
  };

  return (
    <div className="bias-reviews">
      {mode.kind === 'list' ? (
        <>
          <div className="page-head">
            <h2>{b.title}</h2>
            {writer && (
              <button type="button" onClick={() => setMode({ kind: 'form' })}>
                {b.record}
              </button>
            )}
          </div>
          <p className="hint">{b.intro}</p>
          <ReviewList aiSystemId={aiSystemId} onOpen={open} />
        </>
      ) : (
        <p>
          <button type="button" className="link-button" onClick={() => setMode({ kind: 'list' })}>
            ← {b.view.back}
          </button>
        </p>
      )}
      {flash && <Notice kind="success">{flash}</Notice>}
      {mode.kind === 'view' && (
        <OneReview key={mode.id} id={mode.id} onOpen={open}
          onCorrect={writer ? (review) => setMode({ kind: 'form', replacing: review }) : undefined} />
      )}
      {mode.kind === 'form' && (
        <ReviewForm aiSystemId={aiSystemId} replacing={mode.replacing}
          onCancel={() => setMode(mode.replacing ? { kind: 'view', id: mode.replacing.id ?? 0 } : { kind: 'list' })}
          onSaved={(review) => {
            setMode({ kind: 'view', id: review.id ?? 0 });
            setFlash(b.form.saved);
          }} />
      )}
    </div>
  );
}
