import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { MonitoringCheck } from '../api';
import { useMonitoringMessages } from '../messages';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** The alert a check opened or updated (null when none). */
export function alertOf(check: MonitoringCheck): number | null {
  return check.alertId ?? null;
}

const BLUE = '#1d4f91';
const ORANGE = '#a35200';
const RED = '#b3261e';

/**
 * The figure of each check over time (canvas drawn by Chart.js: no inline style or script, so the
 * strict CSP holds), with the moderate and significant thresholds in force at each check and the
 * checks that opened or updated an alert marked. Screen readers get a summary; the values are in
 * the table that follows it.
 */
export function CheckChart({ checks }: { checks: MonitoringCheck[] }) {
  const { t, date } = useMonitoringMessages();
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = checks.map((c) => date(c.periodEnd));
  const values = checks.map((c) => c.primaryValue ?? null);
  const moderate = checks.map((c) => c.thresholds?.moderate ?? null);
  const significant = checks.map((c) => c.thresholds?.significant ?? null);
  const alerts = checks.map((c, i) => (alertOf(c) !== null ? values[i]! : null));
  const key = JSON.stringify([labels, values, moderate, significant, alerts, t.chartValue]);

  useEffect(() => {
    if (!canvas.current) return;
    const datasets = [
      { label: checks[0]?.primaryFigure ?? t.chartValue, data: values, borderColor: BLUE, backgroundColor: BLUE, pointRadius: 3 },
      { label: t.chartAlert, data: alerts, borderColor: RED, backgroundColor: RED, pointStyle: 'triangle' as const,
        pointRadius: 8, showLine: false },
    ];
    if (moderate.some((v) => v !== null)) {
      datasets.push({ label: t.chartModerate, data: moderate, borderColor: ORANGE, backgroundColor: ORANGE, pointRadius: 0,
        borderDash: [6, 4] } as (typeof datasets)[number]);
      datasets.push({ label: t.chartSignificant, data: significant, borderColor: RED, backgroundColor: RED, pointRadius: 0,
        borderDash: [2, 2] } as (typeof datasets)[number]);
    }
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: { labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true } },
      },
    });
    return () => chart.destroy();
    // the key holds every input of the chart
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const breaches = checks.filter((c) => c.breach).length;
  return (
    <figure className="chart">
      <figcaption>{t.chartTitle}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={t.chartLabel(checks[0]?.primaryFigure ?? '', checks.length, breaches)} />
      </div>
    </figure>
  );
}
