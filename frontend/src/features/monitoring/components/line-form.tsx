import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/feedback';
import { SelectField, TextField } from '../../../components/fields';
import { problemMessage } from '../../../lib/problem-message';
import { sentence } from '../../../lib/text';
import { getLine, saveLine, type MonitoringLine, type MonitoringLineInput } from '../api';
import { KIND_METHODS, methodsFor, parseNumber } from '../check-shapes';
import { useMonitoringMessages, type WatchedKind } from '../messages';

const FIELDS = ['name', 'watchedKind', 'method', 'moderate', 'significant', 'cadence', 'owner', 'breachActionKind',
  'breachAction', 'startsOn'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function toValues(line?: MonitoringLine): Values {
  return {
    name: line?.name ?? '',
    watchedKind: line?.watchedKind ?? '',
    method: line?.method ?? '',
    moderate: line?.thresholds?.moderate?.toString() ?? '',
    significant: line?.thresholds?.significant?.toString() ?? '',
    cadence: line?.cadence ?? 'MONTHLY',
    owner: line?.owner ?? '',
    breachActionKind: line?.breachActionKind ?? '',
    breachAction: line?.breachAction ?? '',
    startsOn: line?.startsOn ?? '',
  };
}

/** A server violation's field: `thresholds.moderate` is the moderate field. */
const fieldOf = (path: string): Field | undefined => {
  const name = path.replace(/^thresholds\./, '');
  return (FIELDS as readonly string[]).includes(name) ? (name as Field) : undefined;
};

/** Create or edit a line of the plan; a stale save keeps the input and shows the current version. */
export function LineForm({ aiSystemId, line, onDone, onCancel }: {
  aiSystemId: number;
  line?: MonitoringLine;
  onDone: (saved: MonitoringLine) => void;
  onCancel: () => void;
}) {
  const { t, m } = useMonitoringMessages();
  const [values, setValues] = useState<Values>(() => toValues(line));
  const [etag, setEtag] = useState(line ? `"${line.version}"` : '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [stale, setStale] = useState(false);
  const [theirs, setTheirs] = useState<Values>();
  const [busy, setBusy] = useState(false);

  const kind = values.watchedKind as WatchedKind | '';
  const set = (field: Field) => (v: string) => {
    setErrors((e) => ({ ...e, [field]: undefined }));
    setValues((old) => ({ ...old, [field]: v, ...(field === 'watchedKind' ? { method: '' } : {}) }));
  };

  const reload = async () => {
    const current = await getLine(line!.id);
    setTheirs(toValues(current.value));
    setEtag(current.etag);
    setStale(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    for (const f of ['name', 'watchedKind', 'cadence', 'owner', 'breachActionKind', 'breachAction'] as const) {
      if (!values[f].trim()) local[f] = m.validation.required;
    }
    for (const f of ['moderate', 'significant'] as const) {
      if (values[f].trim() && parseNumber(values[f]) === undefined) local[f] = t.notNumber(1);
    }
    setErrors(local);
    setGeneral([]);
    setFocusKey((k) => k + 1);
    if (Object.keys(local).length > 0) return;
    const moderate = parseNumber(values.moderate);
    const significant = parseNumber(values.significant);
    const input = {
      aiSystemId,
      name: values.name,
      watchedKind: values.watchedKind,
      method: values.method || undefined,
      thresholds: moderate !== undefined || significant !== undefined ? { moderate, significant } : undefined,
      cadence: values.cadence,
      owner: values.owner,
      breachActionKind: values.breachActionKind,
      breachAction: values.breachAction,
      startsOn: values.startsOn || undefined,
    } as MonitoringLineInput;
    setBusy(true);
    try {
      onDone(await saveLine(input, line?.id, etag));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 412) setStale(true);
      else if (err.slug === 'validation-error') {
        const byField: Partial<Record<Field, string>> = {};
        const rest: string[] = [];
        for (const v of err.violations) {
          const f = fieldOf(v.field);
          if (f) byField[f] = v.message;
          else rest.push(v.field ? `${v.field} – ${v.message}` : v.message);
        }
        setErrors(byField);
        setGeneral(rest);
      } else setGeneral([problemMessage(m, err)]);
      setFocusKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };

  const props = (field: Field, required = false) => ({
    id: `line-${field}`,
    label: t.fields[field],
    hint: (t.hints as Partial<Record<Field, string>>)[field],
    error: errors[field] && sentence(errors[field]),
    required,
    value: values[field],
    onChange: set(field),
  });
  const options = <K extends string>(labels: Record<K, string>, keys?: K[]) =>
    (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
  const summary = [
    ...general.map((text) => ({ text })),
    ...FIELDS.flatMap((f) => (errors[f] ? [{ fieldId: `line-${f}`, text: `${t.fields[f]} – ${errors[f]}` }] : [])),
  ];
  const title = line ? t.editLine(line.name) : t.addLine;
  const labels: Partial<Record<Field, Record<string, string>>> = {
    watchedKind: t.watched, method: t.methods, cadence: t.cadences, breachActionKind: t.breachActions,
  };
  const shown = (f: Field, value: string) => labels[f]?.[value] ?? value;

  return (
    <form className="record-form monitoring-form" noValidate onSubmit={submit} aria-labelledby="line-form-title">
      <h3 id="line-form-title">{title}</h3>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {stale && (
        <Notice kind="error">
          <p>{t.staleLine}</p>
          <button type="button" className="secondary" onClick={() => void reload()}>{t.reloadCurrent}</button>
        </Notice>
      )}
      {theirs && (
        <Notice kind="info">
          <p>{m.conflict.loaded}</p>
          <dl>
            {FIELDS.filter((f) => theirs[f] !== values[f]).map((f) => (
              <div key={f} className="sheet-row">
                <dt>{t.fields[f]}</dt>
                <dd>{m.conflict.theirs} – {shown(f, theirs[f]) || m.common.empty}</dd>
              </div>
            ))}
          </dl>
        </Notice>
      )}
      <p className="hint">{m.common.requiredHint}</p>
      <div className="field-grid">
        <TextField {...props('name', true)} maxLength={200} />
        <SelectField {...props('watchedKind', true)} emptyLabel={m.form.choose} options={options(t.watched)} />
        <SelectField {...props('method')} emptyLabel={kind ? `${t.defaultMethod} : ${t.methods[KIND_METHODS[kind].default]}` : t.defaultMethod}
          options={kind ? options(t.methods, methodsFor(kind)) : []} />
        <TextField {...props('moderate')} />
        <TextField {...props('significant')} />
        <SelectField {...props('cadence', true)} options={options(t.cadences)} />
        <TextField {...props('owner', true)} maxLength={200} />
        <SelectField {...props('breachActionKind', true)} emptyLabel={m.form.choose} options={options(t.breachActions)} />
        <TextField {...props('startsOn')} type="date" />
        <TextField {...props('breachAction', true)} multiline maxLength={2000} />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={busy}>{busy ? m.common.saving : m.common.save}</button>
        <button type="button" className="secondary" onClick={onCancel}>{m.common.cancel}</button>
      </div>
    </form>
  );
}
