import type { Lang } from './lang';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Formats an ISO date (YYYY-MM-DD) without shifting it through a time zone. */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Formats an instant as a local date and time pair. */
export function formatInstant(lang: Lang, iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso, time: '' };
  return {
    date: new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(d),
    time: new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'short' }).format(d),
  };
}
