import { useState } from 'react';
import { Notice } from '../../../components/feedback';
import type { ApiError } from '../../../api/problem';
import { problemMessage } from '../../../lib/problem-message';
import { saveMyRating, type RatingSet, type ScoringGrid, type Tagged } from '../api';
import { useScoringMessages } from '../messages';

interface Props {
  useCaseId: number;
  grid: ScoringGrid;
  mine: Tagged<RatingSet> | undefined;
  onSaved: () => void;
}

/** The caller's levels, one radio group per criterion with the level anchors as labels. */
export function RatingForm({ useCaseId, grid, mine, onSaved }: Props) {
  const { t, m, lang, num } = useScoringMessages();
  const initial: Record<number, number> = {};
  for (const r of mine?.value.ratings ?? []) initial[r.criterionId] = r.level;
  const [levels, setLevels] = useState<Record<number, number>>(initial);
  const [comment, setComment] = useState(mine?.value.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const ratings = Object.entries(levels).map(([criterionId, level]) => ({ criterionId: Number(criterionId), level }));
      await saveMyRating(useCaseId, mine?.etag, ratings, comment);
      setSaved(true);
      onSaved();
    } catch (cause) {
      setError(cause as ApiError);
    } finally {
      setBusy(false);
    }
  }

  const criteria = grid.criteria ?? [];
  return (
    <form className="rating-form" onSubmit={submit} aria-labelledby="my-rating-title">
      <h3 id="my-rating-title">{t.myRating}</h3>
      <p className="hint">{t.myRatingIntro}</p>
      {(['VALUE', 'FEASIBILITY'] as const).map((axis) => (
        <section key={axis} aria-labelledby={`rating-axis-${axis}`}>
          <h4 id={`rating-axis-${axis}`}>{t.axes[axis]}</h4>
          {criteria.filter((c) => c.axis === axis).map((c) => {
            const anchors = (lang === 'en' ? c.anchorsEn : c.anchorsFr) ?? [];
            const id = `criterion-${c.id}`;
            return (
              <fieldset key={c.id} className="criterion">
                <legend>
                  {lang === 'en' ? c.labelEn : c.labelFr} <span className="muted">({t.weight(num(c.weight ?? 0))})</span>
                </legend>
                <div className="choices">
                  {anchors.map((anchor, i) => (
                    <div key={i} className="choice">
                      <input id={`${id}-${i + 1}`} type="radio" name={id} value={i + 1}
                        checked={levels[c.id ?? 0] === i + 1}
                        onChange={() => setLevels({ ...levels, [c.id ?? 0]: i + 1 })} />
                      <label htmlFor={`${id}-${i + 1}`}><strong>{i + 1}</strong> — {anchor}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </section>
      ))}
      <div className="field">
        <label htmlFor="rating-comment">{t.comment}</label>
        <textarea id="rating-comment" rows={3} maxLength={2000} value={comment}
          onChange={(e) => setComment(e.target.value)} />
      </div>
      {error && (
        <Notice kind="error">
          {error.status === 412 || error.status === 428 ? t.conflict : problemMessage(m, error)}
        </Notice>
      )}
      {saved && <Notice kind="success">{t.saved}</Notice>}
      <button type="submit" disabled={busy}>{t.save}</button>
    </form>
  );
}
