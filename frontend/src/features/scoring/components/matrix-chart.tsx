import { BubbleController, Chart, Legend, LinearScale, PointElement, Tooltip, type Plugin } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { MatrixPoint } from '../matrix';
import { useScoringMessages } from '../messages';

Chart.register(BubbleController, PointElement, LinearScale, Legend, Tooltip);

const STAGE_COLOURS: Record<string, string> = {
  IDENTIFIED: '#6b7280', QUALIFIED: '#1d4f91', PRIORITISED: '#7c3aed', STUDY: '#0e7490', DEVELOPMENT: '#a35200',
  TEST: '#b45309', PRODUCTION: '#15803d', ON_HOLD: '#9ca3af', ABANDONED: '#b3261e', DUPLICATE: '#d1d5db',
  RETIRED: '#374151',
};

/** Dashed lines at the quadrant thresholds (drawn on the canvas: no inline style, CSP holds). */
function thresholdLines(value: number, feasibility: number): Plugin<'bubble'> {
  return {
    id: 'quadrantLines',
    afterDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!.getPixelForValue(feasibility);
      const y = scales.y!.getPixelForValue(value);
      ctx.save();
      ctx.strokeStyle = '#374151';
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** Value (y) against feasibility (x), one bubble per use case, coloured by stage, with the quadrant lines. */
export function MatrixChart({ points, valueThreshold, feasibilityThreshold }: {
  points: MatrixPoint[]; valueThreshold: number; feasibilityThreshold: number;
}) {
  const { t } = useScoringMessages();
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([points, valueThreshold, feasibilityThreshold, t.axes]);
  useEffect(() => {
    if (!canvas.current) return;
    const stages = [...new Set(points.map((p) => p.stage))];
    const chart = new Chart(canvas.current, {
      type: 'bubble',
      data: {
        datasets: stages.map((stage) => ({
          label: t.stages[stage] ?? stage,
          backgroundColor: `${STAGE_COLOURS[stage] ?? '#6b7280'}99`,
          borderColor: STAGE_COLOURS[stage] ?? '#6b7280',
          data: points.filter((p) => p.stage === stage).map((p) => ({ x: p.feasibility, y: p.value, r: p.radius, title: p.title })),
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${(item.raw as { title: string }).title} (${t.axes.VALUE} ${Math.round(item.parsed.y ?? 0)}, ${t.axes.FEASIBILITY} ${Math.round(item.parsed.x ?? 0)})` } },
        },
        scales: {
          x: { min: 0, max: 100, title: { display: true, text: t.axes.FEASIBILITY } },
          y: { min: 0, max: 100, title: { display: true, text: t.axes.VALUE } },
        },
      },
      plugins: [thresholdLines(valueThreshold, feasibilityThreshold)],
    });
    return () => chart.destroy();
    // the key holds every input of the chart
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (
    <figure className="chart">
      <figcaption>{t.matrix}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={t.matrixSummary(points.length)} />
      </div>
    </figure>
  );
}
