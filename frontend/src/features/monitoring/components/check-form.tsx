import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/feedback';
import { TextField } from '../../../components/fields';
import { FieldFrame } from '../../../components/field-frame';
import { RadioGroup } from '../../../components/radio-group';
import { problemMessage } from '../../../lib/problem-message';
import { sentence } from '../../../lib/text';
import { postCheck, postCsvCheck, type MonitoringCheck, type MonitoringLine } from '../api';
import { FAMILY, buildCheck, csvColumns, csvViolation, formFields, isList, violationField } from '../check-shapes';
import { useMonitoringMessages, type MonitoringMessages } from '../messages';

type Mode = 'form' | 'paste' | 'file';
const MAX_FILE = 1024 * 1024;

const LABELS: Record<string, keyof MonitoringMessages['check']> = {
  binEdges: 'binEdges',
  categories: 'categories',
  'reference.counts': 'referenceCounts',
  'current.counts': 'currentCounts',
  'reference.values': 'referenceValues',
  'current.values': 'currentValues',
  mu0: 'mu0',
  sigma: 'sigma',
  'reference.positiveCounts': 'referencePositives',
  'reference.negativeCounts': 'referenceNegatives',
  'current.positiveCounts': 'currentPositives',
  'current.negativeCounts': 'currentNegatives',
  'reference.events': 'referenceEvents',
  'reference.total': 'referenceTotal',
  'current.events': 'currentEvents',
  'current.total': 'currentTotal',
  'periods.period': 'periodLabels',
  'periods.events': 'events',
  'periods.total': 'totals',
  referencePeriods: 'referencePeriods',
};

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The period after the last checked one (or from the start of monitoring) up to the due date. */
function nextPeriod(line: MonitoringLine) {
  return { periodStart: line.lastPeriodEnd ? nextDay(line.lastPeriodEnd) : line.startsOn, periodEnd: line.nextDue };
}

const fieldId = (field: string) => `check-${field.replace(/\./g, '-')}`;

/** Records one check of a line: typed in a form, pasted from a spreadsheet, or as a CSV file. */
export function CheckForm({ line, onRecorded }: { line: MonitoringLine; onRecorded: (check: MonitoringCheck) => void }) {
  const { t, m } = useMonitoringMessages();
  const family = FAMILY[line.method];
  const [mode, setMode] = useState<Mode>('form');
  const [categorical, setCategorical] = useState(false);
  const [period, setPeriod] = useState(() => nextPeriod(line));
  // after a check is recorded the line comes back with its new due date: offer the following period
  useEffect(() => setPeriod(nextPeriod(line)), [line.lastPeriodEnd, line.nextDue]); // eslint-disable-line react-hooks/exhaustive-deps
  const [values, setValues] = useState<Record<string, string>>({});
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<File>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<MonitoringCheck>();
  const fields = formFields(family, categorical);
  const columns = csvColumns(family, categorical);

  const refuse = (byField: Record<string, string>, rest: string[] = []) => {
    setErrors(byField);
    setGeneral(rest);
    setFocusKey((k) => k + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const local: Record<string, string> = {};
    if (!period.periodStart) local.periodStart = t.requiredField;
    if (!period.periodEnd) local.periodEnd = t.requiredField;
    let send: () => Promise<MonitoringCheck>;
    if (mode === 'form') {
      const built = buildCheck(family, categorical, values, period, t);
      Object.assign(local, built.errors);
      send = () => postCheck(line.id, built.input!);
    } else if (mode === 'paste') {
      if (!pasted.trim()) local.csv = t.pasteMissing;
      send = () => postCsvCheck(line.id, period.periodStart, period.periodEnd, pasted);
    } else {
      if (!file) local.csv = t.fileMissing;
      else if (file.size > MAX_FILE) local.csv = t.fileTooLarge;
      send = () => postCsvCheck(line.id, period.periodStart, period.periodEnd, file!);
    }
    if (Object.keys(local).length > 0) return refuse(local);
    setBusy(true);
    try {
      const check = await send();
      refuse({});
      setDone(check);
      setValues({});
      setPasted('');
      onRecorded(check);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.slug !== 'validation-error') return refuse(mode === 'form' ? {} : { csv: problemMessage(m, err) },
        mode === 'form' ? [problemMessage(m, err)] : []);
      const byField: Record<string, string> = {};
      const rest: string[] = [];
      const add = (f: string, text: string) => (byField[f] = byField[f] ? `${byField[f]} ; ${text}` : text);
      for (const v of err.violations) {
        if (v.field === 'periodStart' || v.field === 'periodEnd') add(v.field, v.message);
        else if (mode !== 'form') add('csv', csvViolation(v, t));
        else {
          const place = violationField(v.field, fields);
          if (place) add(place.field, place.item ? `${m.form.itemPrefix(place.item)}${v.message}` : v.message);
          else rest.push(`${v.field} – ${v.message}`);
        }
      }
      refuse(byField, rest);
    } finally {
      setBusy(false);
    }
  };

  const label = (field: string) =>
    field === 'periodStart' ? t.periodStart : field === 'periodEnd' ? t.periodEnd
    : field === 'csv' ? (mode === 'paste' ? t.pasteLabel : t.fileLabel) : t.check[LABELS[field]!];
  const summary = [
    ...general.map((text) => ({ text })),
    ...Object.entries(errors).map(([f, text]) => ({ fieldId: fieldId(f), text: `${label(f)} – ${text}` })),
  ];
  const input = (field: string) => (
    <TextField key={field} id={fieldId(field)} label={label(field)} value={values[field] ?? ''}
      hint={isList(field) ? t.listHint : undefined} error={errors[field] && sentence(errors[field])}
      required={!['mu0', 'sigma', 'reference.values', 'referencePeriods'].includes(field)}
      onChange={(v) => setValues({ ...values, [field]: v })} />
  );

  return (
    <form className="record-form monitoring-form" noValidate onSubmit={submit} aria-labelledby="check-form-title">
      <h3 id="check-form-title">{t.submitTitle}</h3>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {done && (
        <Notice kind={done.breach ? 'info' : 'success'}>
          <p>{t.recorded(t.severities[done.severity])}</p>
          {done.breach && <p>{t.recordedAlert}</p>}
        </Notice>
      )}
      <RadioGroup id="check-mode" label={t.modeLegend} value={mode} inline
        options={(['form', 'paste', 'file'] as const).map((value) => ({ value, label: t.modes[value] }))}
        onChange={(v) => { setMode(v as Mode); refuse({}); }} />
      <div className="field-grid">
        <TextField id={fieldId('periodStart')} label={t.periodStart} type="date" required value={period.periodStart}
          error={errors.periodStart && sentence(errors.periodStart)} onChange={(v) => setPeriod({ ...period, periodStart: v })} />
        <TextField id={fieldId('periodEnd')} label={t.periodEnd} type="date" required value={period.periodEnd}
          error={errors.periodEnd && sentence(errors.periodEnd)} onChange={(v) => setPeriod({ ...period, periodEnd: v })} />
      </div>
      {family === 'DISTRIBUTION' && (
        <RadioGroup id="check-kind" label={t.distributionKind} value={categorical ? 'c' : 'n'} inline
          options={[{ value: 'n', label: t.numeric }, { value: 'c', label: t.categorical }]}
          onChange={(v) => setCategorical(v === 'c')} />
      )}
      {mode === 'form' && fields.map(input)}
      {mode === 'paste' && (
        <TextField id={fieldId('csv')} label={t.pasteLabel} multiline required value={pasted}
          hint={t.pasteHint(columns)} error={errors.csv} onChange={setPasted} />
      )}
      {mode === 'file' && (
        <FieldFrame id={fieldId('csv')} label={t.fileLabel} required hint={t.fileHint(columns)} error={errors.csv}>
          <input id={fieldId('csv')} type="file" accept=".csv,text/csv" aria-invalid={errors.csv ? true : undefined}
            aria-describedby={`${fieldId('csv')}-hint${errors.csv ? ` ${fieldId('csv')}-error` : ''}`}
            onChange={(e) => setFile(e.target.files?.[0])} />
        </FieldFrame>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>{busy ? t.submitting : t.submit}</button>
      </div>
    </form>
  );
}
