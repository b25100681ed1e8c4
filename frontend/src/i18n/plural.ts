import type { Lang } from './lang';

/** French counts 0 and 1 as singular, English only 1. */
export function plural(lang: Lang, n: number, one: string, many: string): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return rule === 'one' ? one : many;
}
