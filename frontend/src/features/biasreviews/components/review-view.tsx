import type { BiasReview } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';
import { outcomeTone } from '../display';
import { THRESHOLD_DEFAULTS, THRESHOLDS } from '../form-model';
import { AttributeFigures } from './attribute-figures';

/** One recorded review: who and when, the figures of each attribute, then the reviewers' conclusion. */
export function ReviewView({ review, onCorrect, onOpen }: {
  review: BiasReview;
  /** Offered to those who may record reviews, on a review still in force. */
  onCorrect?: (() => void) | undefined;
  onOpen: (id: number) => void;
}) {
  const { m, date, dateTime, lang } = useI18n();
  const b = m.biasReviews;
  const v = b.view;
  const quantitative = review.kind === 'QUANTITATIVE';
  const n = (x: number) => x.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 3 });
  const n2 = (x: number) => x.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const limit = review.thresholds?.seismometerLimit ?? THRESHOLD_DEFAULTS.seismometerLimit;
  return (
    <article className="bias-review" aria-labelledby="bias-review-title">
      <div className="page-head">
        <h2 id="bias-review-title">{v.heading(date(review.reviewedOn))}</h2>
        {onCorrect && review.current && (
          <button type="button" onClick={onCorrect}>
            {v.correct}
          </button>
        )}
      </div>
      <p>
        <Badge tone={review.current ? 'info' : 'muted'}>{review.current ? b.current : b.superseded}</Badge>{' '}
        {v.number(review.id ?? 0)} · {b.kindShort[review.kind ?? 'QUANTITATIVE']}
      </p>
      {review.supersededById != null && (
        <p>
          <button type="button" className="link-button" onClick={() => onOpen(review.supersededById!)}>
            {b.supersededBy(review.supersededById)}
          </button>
        </p>
      )}
      {review.supersedesId != null && (
        <p>
          <button type="button" className="link-button" onClick={() => onOpen(review.supersedesId!)}>
            {b.supersedes(review.supersedesId)}
          </button>
        </p>
      )}
      <p className="muted">{v.recorded(review.recordedBy ?? '', dateTime(review.recordedAt))}</p>
      <dl className="bias-facts">
        <div className="fact-row">
          <dt>{v.reviewers}</dt>
          <dd>{(review.reviewers ?? []).join(', ')}</dd>
        </div>
        {quantitative && (
          <div className="fact-row">
            <dt>{v.minimumGroupSize}</dt>
            <dd>{review.minimumGroupSize}</dd>
          </div>
        )}
        {quantitative && review.thresholds && (
          <div className="fact-row">
            <dt>{v.thresholds}</dt>
            <dd>
              <ul className="plain-list">
                {THRESHOLDS.map((t) => (
                  <li key={t}>{b.form.threshold[t]}{'\u00a0'}: {n(review.thresholds?.[t] ?? THRESHOLD_DEFAULTS[t])}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {!quantitative && (review.attributes ?? []).length > 0 && (
          <div className="fact-row">
            <dt>{v.attributes}</dt>
            <dd>{(review.attributes ?? []).map((a) => a.name).join(', ')}</dd>
          </div>
        )}
      </dl>
      {quantitative && (
        <>
          <p className="hint">{b.legend(n2(1 / (1 + limit)), n2(1 + limit), n2(1 / (1 + 2 * limit)), n2(1 + 2 * limit))}</p>
          {(review.attributes ?? []).map((a, i) => (
            <AttributeFigures key={`${a.name}-${i}`} index={i} attribute={a} minimumGroupSize={review.minimumGroupSize ?? 10}
              fourFifths={review.thresholds?.fourFifths ?? THRESHOLD_DEFAULTS.fourFifths} />
          ))}
        </>
      )}
      <section aria-labelledby="bias-conclusion">
        <h3 id="bias-conclusion">{v.outcome}</h3>
        <p>
          <Badge tone={outcomeTone(review.outcome)}>{b.outcomes[review.outcome ?? 'ACCEPTABLE']}</Badge>
        </p>
        <h4>{v.findings}</h4>
        <p className="prewrap">{review.findings}</p>
        <h4>{v.mitigations}</h4>
        <p className="prewrap">{review.mitigations ?? v.none}</p>
        <dl className="bias-facts">
          <div className="fact-row">
            <dt>{v.nextReviewOn}</dt>
            <dd>{date(review.nextReviewOn)}</dd>
          </div>
        </dl>
      </section>
    </article>
  );
}
