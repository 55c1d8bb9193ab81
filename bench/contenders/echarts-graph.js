import * as echarts from 'echarts/core';
import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { graphRows } from './shared.js';
echarts.use([GraphChart, TooltipComponent, CanvasRenderer]);

export async function render(host, ds) {
  const { nodes, links } = graphRows(ds);
  const kinds = [...new Set(nodes.map((n) => n.kind))];
  const chart = echarts.init(host);
  const done = new Promise((r) => chart.on('finished', r));
  chart.setOption({
    animation: false,
    tooltip: {},
    series: [
      {
        type: 'graph',
        layout: 'force',
        // Lay out to the end before drawing, as <actor-network> does.
        force: { repulsion: 60, edgeLength: 40, layoutAnimation: false },
        categories: kinds.map((k) => ({ name: k })),
        label: { show: nodes.length <= 100 },
        symbolSize: 8,
        data: nodes.map((n) => ({ id: n.id, name: n.name, category: kinds.indexOf(n.kind) })),
        links: links.map((l) => ({ source: l.source, target: l.target })),
      },
    ],
  });
  await done;
  return { destroy: () => chart.dispose() };
}
