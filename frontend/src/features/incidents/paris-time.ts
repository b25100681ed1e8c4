/**
 * Incident times are read and written on the Paris clock (docs/computations.md §11), whatever the browser's zone:
 * a datetime-local value "2026-10-23T10:00" means 10:00 in Paris, sent with its offset (+02:00 that day).
 */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Offset of Paris from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
export function parisOffsetMinutes(ms: number): number {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute),
    Number(p.second));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

function pad(n: number): string {
  return String(Math.abs(n)).padStart(2, '0');
}

/** "YYYY-MM-DDTHH:mm" on the Paris clock → ISO with offset; "" stays "" (not given). */
export function parisLocalToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return local;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let offset = parisOffsetMinutes(wall - 60 * 60_000);
  const second = parisOffsetMinutes(wall - offset * 60_000);
  if (second !== offset) offset = second;
  const sign = offset >= 0 ? '+' : '-';
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An instant as "YYYY-MM-DDTHH:mm" on the Paris clock (for a datetime-local input). */
export function isoToParisLocal(iso: string): string {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const DISPLAY = {
  fr: new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', dateStyle: 'medium', timeStyle: 'short' }),
};

/** An instant for reading, on the Paris clock. */
export function parisDateTime(lang: 'fr' | 'en', iso: string | null | undefined): string {
  return iso ? DISPLAY[lang].format(new Date(iso)) : '';
}
