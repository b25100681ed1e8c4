import { describe, expect, it } from 'vitest';
import { incidentsEn, incidentsFr } from '../../i18n/incidents';
import { countdown, countdownText } from './countdown';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('countdown', () => {
  it('counts whole days and hours to a GDPR deadline, rounded down', () => {
    // 72 h after 30 Nov 22:10 CET = 3 Dec 21:10Z: 2 days 9 h 10 min from 1 Dec 12:00Z
    const c = countdown('2026-12-03T21:10:00Z', NOW);
    expect(c).toEqual({ overdue: false, days: 2, hours: 9, minutes: 10 });
    expect(countdownText(c, incidentsFr.countdown)).toBe('Reste 2 jours 9 heures');
    expect(countdownText(c, incidentsEn.countdown)).toBe('2 days 9 hours left');
  });

  it('says how late an immediate duty is', () => {
    const c = countdown('2026-12-01T10:35:00Z', NOW);
    expect(c).toEqual({ overdue: true, days: 0, hours: 1, minutes: 25 });
    expect(countdownText(c, incidentsFr.countdown)).toBe('En retard de 1 heure 25 minutes');
  });

  it('shows minutes under an hour and treats the exact deadline as not yet overdue', () => {
    expect(countdownText(countdown('2026-12-01T12:00:59Z', NOW), incidentsEn.countdown)).toBe('0 minutes left');
    expect(countdownText(countdown('2026-12-01T11:59:00Z', NOW), incidentsEn.countdown)).toBe('Overdue by 1 minute');
  });
});
