import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { ErrorSummary, type SummaryItem } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/fields';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { FormSections, type FormSectionItem } from '../../../components/form-sections';
import { PageTitle } from '../../../components/page-title';
import { fieldError, NO_ERRORS, violationsToErrors, type FormErrors } from '../../../lib/form-errors';
import { problemMessage } from '../../../lib/problem-message';
import { createUseCase, getUseCase, updateUseCase } from '../api';
import { ORIGINS } from '../filters';
import { EMPTY_FORM, FIELDS, toFormValues, toInput, type UseCaseField, type UseCaseFormValues } from '../form-model';
import { useUseCaseMessages } from '../messages';

const CATEGORIES = ['RPA', 'RPA_AI', 'GENERATIVE_AI', 'AGENTIC_AI', 'PREDICTIVE_ML', 'NLP', 'COMPUTER_VISION', 'OTHER'] as const;
const PERIODS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
const MULTI = new Set<UseCaseField>(['irritant', 'currentProcess', 'proposedSolution', 'gainTime', 'gainCareQuality',
  'gainWorkingConditions', 'gainPatientExperience', 'gainCost', 'services', 'jobFunctions', 'dataAndSystems', 'tags']);
const SECTIONS: { id: string; fields: UseCaseField[] }[] = [
  { id: 'description', fields: ['title', 'irritant', 'currentProcess', 'proposedSolution'] },
  { id: 'gains', fields: ['gainTime', 'gainCareQuality', 'gainWorkingConditions', 'gainPatientExperience', 'gainCost'] },
  { id: 'people', fields: ['services', 'jobFunctions'] },
  { id: 'volumetry', fields: ['volume', 'volumePeriod', 'minutesBefore', 'minutesAfter', 'reworkRatePercent', 'reviewMinutes'] },
  { id: 'technology', fields: ['dataAndSystems', 'category'] },
  { id: 'origin', fields: ['origin', 'tags'] },
];
const REQUIRED = new Set<UseCaseField>(['title', 'irritant', 'origin']);
const fieldId = (f: UseCaseField) => `uc-${f}`;

/** Propose (no id) or edit a use case, in sections like the register form. */
export function UseCaseFormPage() {
  const { t, m } = useUseCaseMessages();
  const navigate = useNavigate();
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const [values, setValues] = useState<UseCaseFormValues | undefined>(id ? undefined : EMPTY_FORM);
  const [etag, setEtag] = useState('');
  const [systems, setSystems] = useState<number[]>([]);
  const [title, setTitle] = useState('');
  const [loadError, setLoadError] = useState<ApiError>();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<Set<string>>(new Set(['description']));

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    getUseCase(id, controller.signal).then(({ value, etag: tag }) => {
      setValues(toFormValues(value));
      setEtag(tag);
      setTitle(value.title ?? '');
      setSystems((value.aiSystems ?? []).map((s) => s.id));
    }, (e: unknown) => !controller.signal.aborted && e instanceof ApiError && setLoadError(e));
    return () => controller.abort();
  }, [id]);

  if (loadError) return <LoadError error={loadError} />;
  if (!values) return <Loading />;

  const set = (f: UseCaseField) => (v: string) => setValues((old) => old && { ...old, [f]: v });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setStale(false);
    try {
      const saved = id ? await updateUseCase(id, etag, toInput(values, systems)) : await createUseCase(toInput(values));
      navigate(`/cas-usage/${saved.value.id}`, { state: { flash: t.saved } });
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      if (cause.status === 412) {
        setStale(true);
        return;
      }
      const found = violationsToErrors(cause.violations, FIELDS, (n) => `${n} : `);
      setErrors(found);
      const byField = Object.entries(found.byField).map(([f, msgs]) => ({
        fieldId: fieldId(f as UseCaseField), text: `${(t.fields as Record<string, string>)[f] ?? f} : ${msgs.join(' ; ')}`,
      }));
      const general = cause.violations.length === 0 ? [problemMessage(m, cause)] : found.general;
      setSummary([...general.map((text) => ({ text })), ...byField]);
      setFocusKey((k) => k + 1);
      setOpen(new Set(SECTIONS.filter((s) => s.fields.some((f) => f in found.byField)).map((s) => s.id)));
    } finally {
      setBusy(false);
    }
  };

  const input = (f: UseCaseField): ReactNode => {
    const common = { id: fieldId(f), label: t.fields[f], error: fieldError(errors, f), required: REQUIRED.has(f) };
    if (f === 'volumePeriod') {
      return <SelectField key={f} {...common} emptyLabel={t.transition.choose} value={values[f]}
        options={PERIODS.map((p) => ({ value: p, label: t.periods[p] }))} onChange={set(f)} />;
    }
    if (f === 'category') {
      return <SelectField key={f} {...common} emptyLabel={t.transition.choose} value={values[f]}
        options={CATEGORIES.map((c) => ({ value: c, label: m.enums.category[c] }))} onChange={set(f)} />;
    }
    if (f === 'origin') {
      return <SelectField key={f} {...common} value={values[f]}
        options={ORIGINS.map((o) => ({ value: o, label: t.origins[o] }))} onChange={set(f)} />;
    }
    const hint = f === 'services' || f === 'jobFunctions' || f === 'tags' ? t.hints.lists
      : f === 'reworkRatePercent' ? t.hints.rework : f === 'reviewMinutes' ? t.hints.review : undefined;
    return <TextField key={f} {...common} hint={hint} value={values[f]} onChange={set(f)} multiline={MULTI.has(f)}
      maxLength={f === 'title' ? 200 : undefined} />;
  };
  const items: FormSectionItem[] = SECTIONS.map((s) => {
    const bad = s.fields.filter((f) => fieldError(errors, f)).length;
    const empty = s.fields.filter((f) => !values[f].trim()).length;
    return {
      id: s.id,
      title: t.sections[s.id as keyof typeof t.sections],
      status: bad > 0 ? { text: m.errors.summaryTitle(bad), tone: 'error' }
        : empty > 0 ? { text: t.toComplete(empty), tone: 'incomplete' } : { text: t.complete, tone: 'complete' },
      content: (
        <>
          {s.id === 'gains' && <p className="hint">{t.hints.gains}</p>}
          {s.fields.map(input)}
        </>
      ),
    };
  });
  const heading = id ? t.editTitle(title) : t.createTitle;
  return (
    <>
      <PageTitle title={heading}>{heading}</PageTitle>
      <p className="muted">{m.common.requiredHint}</p>
      {stale && <Notice kind="error">{t.stale}</Notice>}
      <form noValidate onSubmit={submit} aria-label={heading}>
        <ErrorSummary items={summary} focusKey={focusKey} onReveal={(fid) => {
          const s = SECTIONS.find((x) => x.fields.some((f) => fieldId(f) === fid));
          if (s) setOpen((o) => new Set([...o, s.id]));
        }} />
        <FormSections label={t.sections.description} items={items} open={open}
          onToggle={(sid) => setOpen((o) => { const n = new Set(o); if (n.has(sid)) n.delete(sid); else n.add(sid); return n; })} />
        <div className="form-actions">
          <button type="submit" disabled={busy}>{busy ? m.common.saving : m.common.save}</button>
          <Link className="button secondary" to={id ? `/cas-usage/${id}` : '/cas-usage'}>{m.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
