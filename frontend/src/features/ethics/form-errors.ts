import { useState } from 'react';
import { ApiError } from '../../api/problem';
import type { SummaryItem } from '../../components/error-summary';
import type { Messages } from '../../i18n/fr';
import { problemMessage } from '../../lib/problem-message';

/** The id of the input of a JSON path: `conditions[0].dueOn` → `eth-conditions-0-dueOn`. */
export function fieldId(path: string): string {
  return `eth-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/**
 * Server violations placed on the fields the form shows (an item of a list, `questions[1]`, on its list);
 * the others, and problems without violations, head the error summary.
 */
export function useFormErrors(m: Messages, labels: ReadonlyMap<string, string>) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);

  const refuse = (e: unknown) => {
    if (!(e instanceof ApiError)) throw e;
    const byPath: Record<string, string[]> = {};
    const others: string[] = [];
    for (const v of e.violations) {
      const field = v.field ?? '';
      const list = /^(questions|stakeholders|membersPresent)\[\d+\]$/.exec(field);
      const path = list ? list[1]! : field;
      if (labels.has(path)) (byPath[path] ??= []).push(v.message ?? '');
      else others.push(v.message ?? '');
    }
    if (e.violations.length === 0 || e.slug !== 'validation-error') others.unshift(problemMessage(m, e));
    setErrors(byPath);
    setGeneral(others);
    setFocusKey((k) => k + 1);
  };

  const summary: SummaryItem[] = [
    ...general.map((text) => ({ text })),
    ...Object.entries(errors).map(([path, messages]) => ({
      fieldId: fieldId(path),
      text: `${labels.get(path) ?? path}\u00a0: ${messages.join(' ; ')}`,
    })),
  ];
  const error = (path: string) => errors[path]?.join(' ; ');
  return { refuse, summary, focusKey, error };
}
