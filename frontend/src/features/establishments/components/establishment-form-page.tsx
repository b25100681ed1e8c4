import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, body, etagOf } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { EstablishmentInput } from '../../../api/types';
import { ErrorSummary } from '../../../components/error-summary';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { SelectField, TextField } from '../../../components/fields';
import { useLeaveWarning } from '../../../components/leave-warning';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { NO_ERRORS, fieldError, violationsToErrors, type FormErrors } from '../../../lib/form-errors';
import { problemMessage } from '../../../lib/problem-message';

type Values = { name: string; shortName: string; finess: string; type: string };
const EMPTY: Values = { name: '', shortName: '', finess: '', type: '' };
const FIELDS = ['name', 'shortName', 'finess', 'type'] as const;

export function EstablishmentFormPage() {
  const { m } = useI18n();
  const e = m.establishments;
  const navigate = useNavigate();
  const id = useParams().id;
  const [values, setValues] = useState<Values | undefined>(id ? undefined : EMPTY);
  const [etag, setEtag] = useState('');
  const [archived, setArchived] = useState(false);
  const [original, setOriginal] = useState('');
  const [loadError, setLoadError] = useState<ApiError>();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [focusKey, setFocusKey] = useState(0);
  const [stale, setStale] = useState(false);
  /** After a 412 and a reload: the current version, shown beside the kept input. */
  const [theirs, setTheirs] = useState<Values>();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const leave = useLeaveWarning(dirty);

  const load = async (keepInput: boolean) => {
    try {
      const r = await api.GET('/api/establishments/{id}', { params: { path: { id: Number(id) } } });
      const x = body(r);
      const current = { name: x.name ?? '', shortName: x.shortName ?? '', finess: x.finess ?? '', type: x.type ?? '' };
      if (keepInput) setTheirs(current);
      else setValues(current);
      setOriginal(x.name ?? '');
      setArchived(x.archived ?? false);
      setEtag(etagOf(r.response));
      setStale(false);
    } catch (err) {
      if (err instanceof ApiError) setLoadError(err);
    }
  };
  useEffect(() => {
    if (id) void load(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError) return <LoadError error={loadError} />;
  if (!values) return <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    // archiving is done from the establishment's page; a save keeps it as it is
    const input = { ...values, type: values.type || undefined, archived } as EstablishmentInput;
    try {
      let created;
      if (id) {
        await api.PUT('/api/establishments/{id}', { params: { path: { id: Number(id) }, header: { 'If-Match': etag } }, body: input });
      } else {
        created = await api.POST('/api/establishments', { body: input });
      }
      const saved = id ? Number(id) : body(created!).id;
      leave.allowLeaving();
      navigate(`/etablissements/${saved}`, { state: { flash: id ? e.saved : e.created } });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 412) setStale(true);
      else if (err.slug === 'validation-error') setErrors(violationsToErrors(err.violations, new Set(FIELDS), m.form.itemPrefix));
      else setErrors({ byField: {}, general: [problemMessage(m, err)] });
      setFocusKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: (typeof FIELDS)[number]) => ({
    id: `est-${name}`,
    label: e.fields[name],
    hint: (e.hints as Partial<Record<string, string>>)[name],
    error: fieldError(errors, name),
    required: true,
    value: values[name],
    onChange: (v: string) => {
      setDirty(true);
      setValues({ ...values, [name]: v });
    },
  });
  const summary = [
    ...errors.general.map((text) => ({ text })),
    ...FIELDS.flatMap((f) => {
      const msg = fieldError(errors, f);
      return msg ? [{ fieldId: `est-${f}`, text: `${e.fields[f]} – ${msg}` }] : [];
    }),
  ];
  const title = id ? e.editTitle(original) : e.createTitle;

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <form className="record-form narrow" noValidate onSubmit={submit}>
        <ErrorSummary items={summary} focusKey={focusKey} />
        {stale && (
          <Notice kind="error">
            <p>{e.stale}</p>
            <button type="button" className="secondary" onClick={() => void load(true)}>{e.reload}</button>
          </Notice>
        )}
        {theirs && (
          <Notice kind="info">
            <p>{m.conflict.loaded}</p>
            <dl>
              {FIELDS.filter((f) => theirs[f] !== values[f]).map((f) => (
                <div key={f} className="sheet-row">
                  <dt>{e.fields[f]}</dt>
                  <dd>{m.conflict.theirs} – {f === 'type' && theirs.type ? e.types[theirs.type as keyof typeof e.types] : theirs[f] || m.common.empty}</dd>
                </div>
              ))}
            </dl>
          </Notice>
        )}
        <p className="hint">{m.common.requiredHint}</p>
        <TextField {...field('name')} maxLength={200} />
        <TextField {...field('shortName')} maxLength={30} />
        <TextField {...field('finess')} maxLength={9} />
        <SelectField {...field('type')} emptyLabel={m.form.choose}
          options={Object.entries(e.types).map(([value, label]) => ({ value, label }))} />
        <div className="form-actions">
          <button type="submit" disabled={busy}>{busy ? m.common.saving : m.common.save}</button>
          <Link className="button secondary" to={id ? `/etablissements/${id}` : '/etablissements'}>{m.common.cancel}</Link>
        </div>
      </form>
      {leave.dialog}
    </>
  );
}
