// The timeline chart: events per period stacked by quad class, and the cooperation–conflict score line.
import { createChart, tooltip } from '../charts.js';
import { notice } from '../dom.js';
import { QUADS, score } from '../format.js';

/** Draws `timeline` (the /api/timeline answer) in `box`; returns the chart's dispose function. */
export async function timelineChart(box, timeline) {
  const periods = timeline.periods ?? [];
  if (!periods.length) {
    box.replaceWith(notice(`No dated event to chart${timeline.undated ? ` (${timeline.undated} undated)` : ''}.`));
    return null;
  }
  let created;
  try {
    created = await createChart(box);
  } catch (error) {
    box.replaceWith(notice(error.message, 'warning'));
    return null;
  }
  const { chart } = created;
  const labels = periods.map((p) => p.period);
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 56, top: 36, bottom: 56 },
    legend: { top: 0, data: [...QUADS.map((q) => q.label), 'Score'] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items) =>
        tooltip(
          items[0]?.axisValue ?? '',
          items.map((item) => ({
            color: item.color,
            label: item.seriesName,
            value: item.seriesName === 'Score' ? score(item.value) : String(item.value),
          })),
        ),
    },
    xAxis: { type: 'category', data: labels },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'score', min: -10, max: 10, splitLine: { show: false } },
    ],
    dataZoom: labels.length > 24 ? [{ type: 'slider', bottom: 8 }] : [],
    series: [
      ...QUADS.map((quad) => ({
        name: quad.label,
        type: 'bar',
        stack: 'events',
        barMaxWidth: 56,
        itemStyle: { color: quad.color },
        data: periods.map((p) => p[quad.key] ?? 0),
      })),
      {
        name: 'Score',
        type: 'line',
        yAxisIndex: 1,
        connectNulls: true, // a period without events has no score; the line joins its neighbours
        symbolSize: 6,
        itemStyle: { color: '#1f3a5f' },
        lineStyle: { width: 2 },
        data: periods.map((p) => (typeof p.score === 'number' ? Number(p.score.toFixed(2)) : null)),
      },
    ],
  });
  return () => chart.dispose();
}
