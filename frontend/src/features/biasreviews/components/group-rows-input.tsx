import { useState, type ClipboardEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { sentence } from '../../../lib/text';
import { COUNTS, emptyGroup, parsePastedRows, withPastedRows, type CountName, type GroupRow } from '../form-model';
import { fieldId, type PathErrors } from '../violations';

type Column = 'name' | CountName;

/** The groups of one attribute as rows of inputs; a table pasted from a spreadsheet fills the rows. */
export function GroupRowsInput({ prefix, groups, errors, onChange }: {
  /** JSON path of the attribute, e.g. `attributes[0]`. */
  prefix: string;
  groups: GroupRow[];
  errors: PathErrors;
  onChange: (groups: GroupRow[]) => void;
}) {
  const { m } = useI18n();
  const b = m.biasReviews;
  const [pasteNote, setPasteNote] = useState('');
  const heads: Record<Column, string> = { name: b.table.group, tp: b.table.tp, fp: b.table.fp, tn: b.table.tn, fn: b.table.fn };
  const longs: Record<Column, string> = { name: b.table.group, tp: b.table.tpLong, fp: b.table.fpLong, tn: b.table.tnLong, fn: b.table.fnLong };
  const set = (index: number, column: Column, value: string) =>
    onChange(groups.map((g, i) => (i === index ? { ...g, [column]: value } : g)));

  const onPaste = (index: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!text.includes('\t') && !text.includes('\n')) return; // one value: the input takes it
    event.preventDefault();
    const { rows, skipped } = parsePastedRows(text);
    if (rows.length > 0) onChange(withPastedRows(groups, index, rows));
    setPasteNote([rows.length > 0 ? b.form.pasted(rows.length) : '', skipped.length ? b.form.pasteSkipped(skipped.join(', ')) : '']
      .filter(Boolean).join(' '));
  };

  const groupsPath = `${prefix}.groups`;
  const groupsError = errors[groupsPath];
  return (
    <fieldset id={fieldId(groupsPath)} tabIndex={-1} className={groupsError ? 'field group has-error' : 'field group'}
      aria-describedby={`${fieldId(groupsPath)}-hint${groupsError ? ` ${fieldId(groupsPath)}-error` : ''}`}>
      <legend>{b.form.groups}</legend>
      <p id={`${fieldId(groupsPath)}-hint`} className="hint">{b.form.groupsHint}</p>
      {groupsError && <p id={`${fieldId(groupsPath)}-error`} className="field-error">{sentence(groupsError.join(' ; '))}</p>}
      <div className="table-wrap">
        <table className="group-rows">
          <thead>
            <tr>
              {(['name', ...COUNTS] as Column[]).map((c) => (
                <th key={c} scope="col">{c === 'name' ? heads[c] : <abbr title={longs[c]}>{heads[c]}</abbr>}</th>
              ))}
              <th scope="col"><span className="visually-hidden">{m.common.cancel}</span></th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g, j) => (
              <tr key={g.key}>
                {(['name', ...COUNTS] as Column[]).map((c) => {
                  const path = `${groupsPath}[${j}].${c}`;
                  const id = fieldId(path);
                  const error = errors[path];
                  return (
                    <td key={c} className={error ? 'has-error' : undefined}>
                      <label htmlFor={id} className="visually-hidden">{b.form.cellLabel(longs[c], j + 1)}</label>
                      <input id={id} value={g[c]} inputMode={c === 'name' ? undefined : 'numeric'}
                        className={c === 'name' ? 'group-name' : 'count'} autoComplete="off"
                        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
                        onChange={(e) => set(j, c, e.target.value)} onPaste={onPaste(j)} />
                      {error && <p id={`${id}-error`} className="field-error">{sentence(error.join(' ; '))}</p>}
                    </td>
                  );
                })}
                <td>
                  <button type="button" className="secondary small" aria-label={b.form.removeGroup(j + 1)}
                    onClick={() => onChange(groups.filter((_, i) => i !== j))}>×</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="hint">{pasteNote}</p>
      <button type="button" className="secondary" onClick={() => onChange([...groups, emptyGroup()])}>
        {b.form.addGroup}
      </button>
    </fieldset>
  );
}
