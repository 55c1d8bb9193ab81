import embed from 'vega-embed';
import { shareRows } from './shared.js';

export async function render(host, ds) {
  const result = await embed(
    host,
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 'container',
      height: 'container',
      data: { values: shareRows(ds) },
      mark: { type: 'arc', innerRadius: 90, tooltip: true },
      encoding: {
        theta: { field: 'value', type: 'quantitative' },
        color: { field: 'label', type: 'nominal' },
      },
    },
    { actions: false, renderer: 'canvas' },
  );
  return { destroy: () => result.finalize() };
}
