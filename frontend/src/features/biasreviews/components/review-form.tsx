import { useMemo, useState, type FormEvent } from 'react';
import type { BiasReview, ReviewKind, ReviewOutcome } from '../../../api/types';
import { ApiError } from '../../../api/problem';
import { ErrorSummary, type SummaryItem } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/feedback';
import { RadioGroup } from '../../../components/radio-group';
import { useI18n } from '../../../i18n/i18n-provider';
import { problemMessage } from '../../../lib/problem-message';
import { sentence } from '../../../lib/text';
import { createBiasReview } from '../api';
import {
  COUNTS, THRESHOLD_DEFAULTS, THRESHOLDS, draftFrom, emptyAttribute, emptyDraft, invalidCounts, invalidThresholds, toRequest,
  type ReviewDraft,
} from '../form-model';
import { fieldId, placeViolations, type PathErrors } from '../violations';
import { GroupRowsInput } from './group-rows-input';

const KINDS: ReviewKind[] = ['QUANTITATIVE', 'QUALITATIVE'];
const OUTCOMES: ReviewOutcome[] = ['ACCEPTABLE', 'ACCEPTABLE_WITH_MITIGATIONS', 'NOT_ACCEPTABLE'];

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** The paths the form shows, each with its label (for the error summary). */
function useLabels(draft: ReviewDraft) {
  const { m } = useI18n();
  const f = m.biasReviews.form;
  const t = m.biasReviews.table;
  return useMemo(() => {
    const labels = new Map<string, string>([
      ['kind', f.kind], ['reviewedOn', f.reviewedOn], ['reviewers', f.reviewers], ['attributes', f.attributes],
      ['findings', f.findings], ['mitigations', f.mitigations], ['outcome', f.outcome], ['nextReviewOn', f.nextReviewOn],
    ]);
    const quantitative = draft.kind === 'QUANTITATIVE';
    if (quantitative) {
      labels.set('minimumGroupSize', f.minimumGroupSize);
      THRESHOLDS.forEach((t) => labels.set(`thresholds.${t}`, `${f.thresholds} – ${f.threshold[t]}`));
    }
    const longs = { tp: t.tpLong, fp: t.fpLong, tn: t.tnLong, fn: t.fnLong };
    draft.attributes.forEach((a, i) => {
      const at = `attributes[${i}]`;
      const legend = f.attributeLegend(i + 1);
      labels.set(`${at}.name`, `${legend} – ${f.attributeName}`);
      if (!quantitative) return;
      labels.set(`${at}.referenceGroup`, `${legend} – ${f.referenceGroup}`);
      labels.set(`${at}.groups`, `${legend} – ${f.groups}`);
      a.groups.forEach((_, j) => {
        labels.set(`${at}.groups[${j}].name`, `${legend} – ${f.cellLabel(t.group, j + 1)}`);
        COUNTS.forEach((c) => labels.set(`${at}.groups[${j}].${c}`, `${legend} – ${f.cellLabel(longs[c], j + 1)}`));
      });
    });
    return labels;
  }, [draft, f, t]);
}

/** Records a bias review, or a correction that supersedes `replacing`. */
export function ReviewForm({ aiSystemId, replacing, onSaved, onCancel }: {
  aiSystemId: number;
  replacing?: BiasReview | undefined;
  onSaved: (review: BiasReview) => void;
  onCancel: () => void;
}) {
  const { m, date, lang } = useI18n();
  const b = m.biasReviews;
  const f = b.form;
  const [draft, setDraft] = useState<ReviewDraft>(() => (replacing ? draftFrom(replacing, today()) : emptyDraft(today())));
  const [errors, setErrors] = useState<PathErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [saving, setSaving] = useState(false);
  const labels = useLabels(draft);
  const quantitative = draft.kind === 'QUANTITATIVE';

  const update = (change: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setAttribute = (i: number, change: Partial<ReviewDraft['attributes'][number]>) =>
    update({ attributes: draft.attributes.map((a, k) => (k === i ? { ...a, ...change } : a)) });
  const error = (path: string) => (errors[path] ? sentence(errors[path]!.join(' ; ')) : undefined);

  const refuse = (byPath: PathErrors, messages: string[]) => {
    setErrors(byPath);
    setGeneral(messages);
    setFocusKey((k) => k + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = invalidCounts(draft);
    const notDecimal = invalidThresholds(draft);
    if (invalid.length + notDecimal.length > 0) {
      refuse(Object.fromEntries([
        ...invalid.map((p) => [p, [f.wholeNumber]]),
        ...notDecimal.map((p) => [p, [f.decimalNumber]]),
      ]), []);
      return;
    }
    setSaving(true);
    try {
      onSaved(await createBiasReview(toRequest(draft, aiSystemId, replacing?.id)));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.violations.length > 0) {
        const placed = placeViolations(e.violations, new Set(labels.keys()), f.item);
        refuse(placed.byPath, e.slug === 'validation-error' ? placed.general : [problemMessage(m, e)]);
      } else {
        refuse({}, [problemMessage(m, e)]);
      }
    } finally {
      setSaving(false);
    }
  };

  const summary: SummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...Object.entries(errors).map(([path, messages]) => ({
      fieldId: fieldId(path),
      text: `${labels.get(path) ?? path}\u00a0: ${messages.join(' ; ')}`,
    })),
  ];

  return (
    <form className="bias-form" noValidate onSubmit={submit} aria-labelledby="bias-form-title">
      <h2 id="bias-form-title">{f.title}</h2>
      {replacing && <Notice kind="info">{f.correcting(replacing.id ?? 0, date(replacing.reviewedOn))}</Notice>}
      <p className="hint">{m.common.requiredHint}</p>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <RadioGroup id={fieldId('kind')} label={f.kind} required value={draft.kind} error={error('kind')}
        options={KINDS.map((k) => ({ value: k, label: b.kinds[k] }))} onChange={(v) => update({ kind: v as ReviewKind })} />
      <TextField id={fieldId('reviewedOn')} label={f.reviewedOn} type="date" required value={draft.reviewedOn}
        error={error('reviewedOn')} onChange={(v) => update({ reviewedOn: v })} />
      <TextField id={fieldId('reviewers')} label={f.reviewers} hint={f.reviewersHint} multiline required
        value={draft.reviewers} error={error('reviewers')} onChange={(v) => update({ reviewers: v })} />
      <section id={fieldId('attributes')} tabIndex={-1} aria-labelledby="bias-form-attributes" className="bias-form-attributes">
        <h3 id="bias-form-attributes">{f.attributes}</h3>
        {error('attributes') && <p className="field-error">{error('attributes')}</p>}
        {draft.attributes.map((a, i) => {
          const at = `attributes[${i}]`;
          const names = a.groups.map((g) => g.name.trim()).filter((n) => n !== '');
          return (
            <fieldset key={a.key} className="bias-attribute-input">
              <legend>{f.attributeLegend(i + 1)}</legend>
              <TextField id={fieldId(`${at}.name`)} label={f.attributeName} hint={f.attributeHint} required
                value={a.name} error={error(`${at}.name`)} onChange={(v) => setAttribute(i, { name: v })} />
              {quantitative && (
                <>
                  <SelectField id={fieldId(`${at}.referenceGroup`)} label={f.referenceGroup} value={a.referenceGroup}
                    emptyLabel={f.referenceDefault} error={error(`${at}.referenceGroup`)}
                    options={[...new Set([...names, ...(a.referenceGroup ? [a.referenceGroup] : [])])].map((n) => ({ value: n, label: n }))}
                    onChange={(v) => setAttribute(i, { referenceGroup: v })} />
                  <GroupRowsInput prefix={at} groups={a.groups} errors={errors} onChange={(groups) => setAttribute(i, { groups })} />
                </>
              )}
              {draft.attributes.length > 1 && (
                <button type="button" className="secondary" onClick={() => update({ attributes: draft.attributes.filter((_, k) => k !== i) })}>
                  {f.removeAttribute(i + 1)}
                </button>
              )}
            </fieldset>
          );
        })}
        <button type="button" className="secondary" onClick={() => update({ attributes: [...draft.attributes, emptyAttribute()] })}>
          {f.addAttribute}
        </button>
      </section>
      {quantitative && (
        <TextField id={fieldId('minimumGroupSize')} label={f.minimumGroupSize} hint={f.minimumGroupSizeHint}
          value={draft.minimumGroupSize} error={error('minimumGroupSize')} onChange={(v) => update({ minimumGroupSize: v })} />
      )}
      {quantitative && (
        <details className="bias-form-thresholds" open={THRESHOLDS.some((t) => draft.thresholds[t] !== '' || errors[`thresholds.${t}`])}>
          <summary>{f.thresholds}</summary>
          <p className="hint">{f.thresholdsHint}</p>
          {THRESHOLDS.map((t) => (
            <TextField key={t} id={fieldId(`thresholds.${t}`)} label={f.threshold[t]}
              hint={f.thresholdDefault(THRESHOLD_DEFAULTS[t].toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB'))}
              value={draft.thresholds[t]} error={error(`thresholds.${t}`)}
              onChange={(v) => update({ thresholds: { ...draft.thresholds, [t]: v } })} />
          ))}
        </details>
      )}
      <TextField id={fieldId('findings')} label={f.findings} multiline required value={draft.findings}
        error={error('findings')} onChange={(v) => update({ findings: v })} />
      <RadioGroup id={fieldId('outcome')} label={f.outcome} required value={draft.outcome} error={error('outcome')}
        options={OUTCOMES.map((o) => ({ value: o, label: b.outcomes[o] }))} onChange={(v) => update({ outcome: v as ReviewOutcome })} />
      <TextField id={fieldId('mitigations')} label={f.mitigations} hint={f.mitigationsHint} multiline
        value={draft.mitigations} error={error('mitigations')} onChange={(v) => update({ mitigations: v })} />
      <TextField id={fieldId('nextReviewOn')} label={f.nextReviewOn} hint={f.nextReviewOnHint} type="date"
        value={draft.nextReviewOn} error={error('nextReviewOn')} onChange={(v) => update({ nextReviewOn: v })} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>{saving ? m.common.saving : f.submit}</button>
        <button type="button" className="secondary" onClick={onCancel}>{m.common.cancel}</button>
      </div>
    </form>
  );
}
