import { useCallback, useState } from 'react';
import { ApiError } from '../../api/problem';
import type { SummaryItem } from '../../components/error-summary';
import { useI18n } from '../../i18n/i18n-provider';
import { NO_ERRORS, fieldError, violationsToErrors, type FormErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problem-message';
import { ALL_FIELDS, FIELD_NAMES, inputId } from './field-specs';

/** Server errors of the AI system form: per field, plus a summary that takes the focus. */
export function useSubmitErrors() {
  const { m } = useI18n();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [focusKey, setFocusKey] = useState(0);

  const fail = useCallback(
    (error: ApiError) => {
      const mapped = violationsToErrors(error.violations, FIELD_NAMES, m.form.itemPrefix);
      // a business rule (422) may name fields too; its sentence then heads the summary
      if (error.slug !== 'validation-error' || error.violations.length === 0) {
        mapped.general.unshift(problemMessage(m, error));
      }
      setErrors(mapped);
      setFocusKey((k) => k + 1);
    },
    [m],
  );

  const clear = useCallback(() => setErrors(NO_ERRORS), []);

  const summary: SummaryItem[] = [
    ...errors.general.map((text) => ({ text })),
    ...ALL_FIELDS.flatMap((spec) => {
      const message = fieldError(errors, spec.name);
      return message
        ? [{ fieldId: inputId(spec.name), text: `${m.aiSystem.fields[spec.name]} – ${message}` }]
        : [];
    }),
  ];

  return { errors, summary, focusKey, fail, clear };
}
