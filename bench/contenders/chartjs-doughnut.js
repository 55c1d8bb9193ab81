import { ArcElement, Chart, DoughnutController, Legend, Tooltip } from 'chart.js';
import { shareRows, PALETTE } from './shared.js';
Chart.register(DoughnutController, ArcElement, Legend, Tooltip);

export async function render(host, ds) {
  const rows = shareRows(ds);
  const canvas = document.createElement('canvas');
  host.append(canvas);
  const chart = new Chart(canvas, {
    type: 'doughnut',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [{ data: rows.map((r) => r.value), backgroundColor: PALETTE }],
    },
    options: { animation: false, maintainAspectRatio: false, cutout: '60%' },
  });
  return { destroy: () => chart.destroy() };
}
