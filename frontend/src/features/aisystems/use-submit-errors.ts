import { useCallback, useState } from 'react';
import { ApiError } from '../../api/problem';
import type { SummaryItem } from '../../components/error-summary';
import { useI18n } from '../../i18n/i18n-provider';
import { NO_ERRORS, fieldError, violationsToErrors, withoutField, type FormErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problem-message';
import { sentence } from '../../lib/text';
import { ALL_FIELDS, FIELD_NAMES, applies, inputId, type FieldName, type FormValues } from './field-specs';
import { validate, type FieldErrors } from './validation';

/**
 * The errors of the AI system form: ours (the server's rules, checked before sending) and the
 * server's (its violations mapped onto the same fields, its other refusals at the top). Field
 * messages follow the input as it changes once a save was tried; the summary at the top lists
 * what stopped the last save and takes the focus.
 */
export function useSubmitErrors() {
  const { m } = useI18n();
  const [server, setServer] = useState<FormErrors>(NO_ERRORS);
  const [tried, setTried] = useState(false);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);

  const summarise = useCallback(
    (values: FormValues, general: string[], byField: (name: FieldName) => string | undefined) => {
      setSummary([
        ...general.map((text) => ({ text })),
        ...ALL_FIELDS.flatMap((spec) => {
          const message = byField(spec.name);
          if (!message) return [];
          // a field the answers hide cannot take the focus: its entry is plain text
          const fieldId = applies(spec, values) ? inputId(spec.name) : undefined;
          return [{ fieldId, text: `${m.aiSystem.fields[spec.name]}\u00a0: ${message}` }];
        }),
      ]);
      setFocusKey((k) => k + 1);
    },
    [m],
  );

  /** Checks the answers before sending; false (and the errors shown) when the server would refuse them. */
  const check = useCallback(
    (values: FormValues): boolean => {
      setTried(true);
      setServer(NO_ERRORS);
      const errors = validate(values, m);
      if (Object.keys(errors).length === 0) {
        setSummary([]);
        return true;
      }
      summarise(values, [], (name) => errors[name]);
      return false;
    },
    [m, summarise],
  );

  /** The server refused the save: its violations go to their fields, the rest to the top. */
  const fail = useCallback(
    (error: ApiError, values: FormValues) => {
      const mapped = violationsToErrors(error.violations, FIELD_NAMES, m.form.itemPrefix);
      // a business rule (422) may name fields too; its sentence then heads the summary
      if (error.slug !== 'validation-error' || error.violations.length === 0) {
        mapped.general.unshift(problemMessage(m, error));
      }
      setServer(mapped);
      summarise(values, mapped.general, (name) => fieldError(mapped, name));
    },
    [m, summarise],
  );

  /** A field was changed: the server's message about its former value no longer applies. */
  const changed = useCallback((name: FieldName) => setServer((s) => withoutField(s, name)), []);

  const clear = useCallback(() => {
    setServer(NO_ERRORS);
    setSummary([]);
  }, []);

  /** The live message of each field (ours first, then the server's), as a sentence. */
  const fieldErrors = (values: FormValues): FieldErrors => {
    const ours = tried ? validate(values, m) : {};
    const out: FieldErrors = {};
    for (const spec of ALL_FIELDS) {
      const message = ours[spec.name] ?? fieldError(server, spec.name);
      if (message) out[spec.name] = sentence(message);
    }
    return out;
  };

  return { summary, focusKey, check, fail, changed, clear, fieldErrors, tried };
}

export type SubmitErrors = ReturnType<typeof useSubmitErrors>;
