import type { AiSystemEnums } from '../../api/types';
import type { Option } from '../../components/fields';
import type { Messages } from '../../i18n/fr';
import type { EnumName } from './field-specs';

/** The values of an enum in the dictionary's order, with their labels. */
export function enumOptions(m: Messages, name: EnumName): Option[] {
  return Object.entries(m.enums[name]).map(([value, label]) => ({ value, label }));
}

export function enumValues<K extends EnumName>(m: Messages, name: K): AiSystemEnums[K][] {
  return Object.keys(m.enums[name]) as AiSystemEnums[K][];
}

export function enumLabel(m: Messages, name: EnumName, value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  return (m.enums[name] as Record<string, string>)[value] ?? value;
}
