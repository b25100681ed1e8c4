/**
 * The time between now and a deadline, as the incident page and the home panel show it: overdue or left, in
 * days and hours (from one day), hours and minutes (from one hour) or minutes, rounded down to the minute.
 */
export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

export function countdown(deadlineIso: string, nowMs: number): Countdown {
  const diff = Date.parse(deadlineIso) - nowMs;
  const overdue = diff < 0;
  const totalMinutes = Math.floor(Math.abs(diff) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  return { overdue, days, hours, minutes };
}

export interface CountdownWords {
  overdue: (left: string) => string;
  left: (left: string) => string;
  days: (n: number) => string;
  hours: (n: number) => string;
  minutes: (n: number) => string;
}

export function countdownText(c: Countdown, w: CountdownWords): string {
  const parts = c.days > 0 ? [w.days(c.days), ...(c.hours > 0 ? [w.hours(c.hours)] : [])]
    : c.hours > 0 ? [w.hours(c.hours), ...(c.minutes > 0 ? [w.minutes(c.minutes)] : [])]
      : [w.minutes(c.minutes)];
  const span = parts.join(' ');
  return c.overdue ? w.overdue(span) : w.left(span);
}
