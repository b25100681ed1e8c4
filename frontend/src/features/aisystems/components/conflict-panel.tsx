import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { useEstablishmentOptions } from '../../establishments/use-establishment-options';
import { displayValue } from '../display';
import { ALL_FIELDS, type FieldName, type FormValues } from '../field-specs';
import { sameValue } from '../form-model';

export type ConflictState =
  | { stage: 'detected' }
  | { stage: 'loaded'; theirs: FormValues; fields: FieldName[]; bothChanged: FieldName[]; adopted: FieldName[] };

interface Props {
  state: ConflictState;
  values: FormValues;
  busy: boolean;
  onLoadCurrent: () => void;
  onUseTheirs: (name: FieldName) => void;
}

/**
 * What the user sees after a 412: first the explanation and a button to load the current
 * version, then the fields where their input differs from it, side by side.
 */
export function ConflictPanel({ state, values, busy, onLoadCurrent, onUseTheirs }: Props) {
  const { m, date } = useI18n();
  const establishments = useEstablishmentOptions();
  const names = new Map(establishments.options.map((o) => [o.value, o.label]));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [state.stage]);

  const show = (name: FieldName, value: FormValues[FieldName]) => {
    const spec = ALL_FIELDS.find((f) => f.name === name)!;
    return displayValue({ m, date }, spec, value, names) || m.common.empty;
  };
  const rows =
    state.stage === 'loaded'
      ? state.fields.filter((name) => {
          const spec = ALL_FIELDS.find((f) => f.name === name)!;
          return !sameValue(spec, values[name], state.theirs[name]);
        })
      : [];

  return (
    <div ref={ref} tabIndex={-1} className="notice warning conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{m.conflict.title}</h2>
      {state.stage === 'detected' ? (
        <>
          <p>{m.conflict.message}</p>
          <button type="button" onClick={onLoadCurrent} disabled={busy}>
            {m.conflict.loadCurrent}
          </button>
        </>
      ) : (
        <>
          <p>{m.conflict.loaded}</p>
          {state.adopted.length > 0 && (
            <p>{m.conflict.adopted(state.adopted.map((n) => m.aiSystem.fields[n]).join(', '))}</p>
          )}
          {rows.length === 0 ? (
            <p>{m.conflict.noDifference}</p>
          ) : (
            <table className="conflict-table">
              <caption>{m.conflict.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.conflict.field}</th>
                  <th scope="col">{m.conflict.yours}</th>
                  <th scope="col">{m.conflict.theirs}</th>
                  <th scope="col">
                    <span className="visually-hidden">{m.conflict.action}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((name) => (
                  <tr key={name}>
                    <th scope="row">
                      {m.aiSystem.fields[name]}
                      {state.bothChanged.includes(name) && <span className="muted small"> ({m.conflict.bothChanged})</span>}
                    </th>
                    <td className="prewrap">{show(name, values[name])}</td>
                    <td className="prewrap">{show(name, state.theirs[name])}</td>
                    <td>
                      <button type="button" className="secondary" onClick={() => onUseTheirs(name)}
                        aria-label={`${m.conflict.useTheirs} – ${m.aiSystem.fields[name]}`}>
                        {m.conflict.useTheirs}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
