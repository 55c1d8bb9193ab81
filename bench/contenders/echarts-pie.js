import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { shareRows } from './shared.js';
echarts.use([PieChart, TooltipComponent, LegendComponent, CanvasRenderer]);

export async function render(host, ds) {
  const chart = echarts.init(host);
  const done = new Promise((r) => chart.on('finished', r));
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['55%', '80%'],
        data: shareRows(ds).map((r) => ({ name: r.label, value: r.value })),
      },
    ],
  });
  await done;
  return { destroy: () => chart.dispose() };
}
