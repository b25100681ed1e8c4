import { useState } from 'react';
import type { EthicsDecision, EthicsReview } from '../../../api/types';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { ethicsExportUrl, getEthicsFile } from '../api';
import { DecisionForm } from './decision-form';
import { DecisionView } from './decision-view';
import { EthicsReviewForm } from './review-form';
import { SignOffCard } from './sign-off-card';

type Mode = { kind: 'file' } | { kind: 'request' } | { kind: 'decide'; reviewId: number; replacing?: EthicsDecision };

function ReviewView({ review, children }: { review: EthicsReview; children: React.ReactNode }) {
  const { m, date } = useI18n();
  const e = m.ethics;
  return (
    <article className="panel ethics-review" aria-labelledby={`ethics-review-${review.id}`}>
      <h3 id={`ethics-review-${review.id}`}>{e.request(date(review.requestedOn), review.requestedBy ?? '')}</h3>
      <h4>{e.questions}</h4>
      <ul>{review.questions.map((q, i) => <li key={i}>{q}</li>)}</ul>
      <p><strong>{e.stakeholders}&nbsp;:</strong> {review.stakeholders.length ? review.stakeholders.join(', ') : e.none}</p>
      <p><strong>{e.representatives}&nbsp;:</strong> {review.representativesInvolved ? m.common.yes : m.common.no}</p>
      <p><strong>{e.documents}&nbsp;:</strong> {review.documents.length === 0 && e.none}</p>
      {review.documents.length > 0 && (
        <ul>
          {review.documents.map((d, i) => (
            <li key={i}><a href={d.url} target="_blank" rel="noopener noreferrer">{d.title}</a></li>
          ))}
        </ul>
      )}
      {children}
    </article>
  );
}

/** The "Éthique" tab of an AI system's record: its sign-off, review requests, decisions and conditions. */
export function EthicsPanel({ aiSystemId }: { aiSystemId: number }) {
  const { m, lang } = useI18n();
  const e = m.ethics;
  const { can } = useSession();
  const [mode, setMode] = useState<Mode>({ kind: 'file' });
  const [flash, setFlash] = useState('');
  const query = useApiQuery((signal) => getEthicsFile(aiSystemId, signal), String(aiSystemId));
  const back = (message?: string) => {
    setMode({ kind: 'file' });
    setFlash(message ?? '');
    query.reload();
  };
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const file = query.data!;

  return (
    <div className="ethics">
      <div className="page-head">
        <h2>{e.title}</h2>
        {can('ethics:request') && mode.kind === 'file' && (
          <button type="button" onClick={() => setMode({ kind: 'request' })}>{e.newRequest}</button>
        )}
      </div>
      <p className="hint">{e.intro}</p>
      {flash && <Notice kind="success">{flash}</Notice>}
      <SignOffCard signOff={file.signOff!} />
      <p>
        {e.exports}&nbsp;: <a href={ethicsExportUrl('pdf', lang)} download>{e.exportPdf}</a>
        {' · '}
        <a href={ethicsExportUrl('xlsx', lang)} download>{e.exportXlsx}</a>
      </p>
      {mode.kind === 'request' && (
        <EthicsReviewForm aiSystemId={aiSystemId} onCancel={() => setMode({ kind: 'file' })}
          onSaved={() => back(e.reviewForm.saved)} />
      )}
      {mode.kind === 'decide' && (
        <DecisionForm reviewId={mode.reviewId} replacing={mode.replacing} onCancel={() => setMode({ kind: 'file' })}
          onSaved={() => back(e.decisionForm.saved)} />
      )}
      <h3>{e.requests}</h3>
      {file.reviews.length === 0 && <p className="empty">{e.noRequest}</p>}
      {[...file.reviews].reverse().map((r) => (
        <ReviewView key={r.id} review={r}>
          {r.decisions.length === 0 && <p>{e.noDecision}</p>}
          {r.decisions.map((d) => (
            <DecisionView key={d.id} decision={d} canFollowUp={can('ethics:follow-up')} canCorrect={can('ethics:decide')}
              onCorrect={() => setMode({ kind: 'decide', reviewId: r.id, replacing: d })}
              onChanged={(message) => { setFlash(message ?? ''); query.reload(); }} />
          ))}
          {can('ethics:decide') && mode.kind === 'file' && r.decisions.every((d) => !d.current || d.outcome === 'DEFERRED') && (
            <button type="button" onClick={() => setMode({ kind: 'decide', reviewId: r.id })}>{e.decide}</button>
          )}
        </ReviewView>
      ))}
    </div>
  );
}
