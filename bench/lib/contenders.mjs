// Who is compared with whom. `ours` marks our component; the rest are peers doing the same
// job on the same data (peers use their default renderer, canvas, with animation off).
export const CONTENDERS = [
  { id: 'ours-map', kind: 'map', label: '<alliance-map>', ours: true },
  { id: 'echarts-map', kind: 'map', label: 'ECharts map' },
  { id: 'vegalite-map', kind: 'map', label: 'Vega-Lite geoshape' },
  { id: 'ours-donut', kind: 'donut', label: '<share-donut>', ours: true },
  { id: 'echarts-pie', kind: 'donut', label: 'ECharts pie' },
  { id: 'chartjs-doughnut', kind: 'donut', label: 'Chart.js doughnut' },
  { id: 'vegalite-arc', kind: 'donut', label: 'Vega-Lite arc' },
  { id: 'ours-network', kind: 'network', label: '<actor-network>', ours: true },
  { id: 'echarts-graph', kind: 'network', label: 'ECharts graph (force)' },
];
