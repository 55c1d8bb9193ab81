import embed from 'vega-embed';
import { allianceRows } from './shared.js';

// One request per page, as <alliance-map> shares its geometry between instances.
let topoPromise;
const world = () =>
  (topoPromise ??= fetch(new URL('./visionscarto-110m.json', import.meta.url)).then((r) => r.json()));

export async function render(host, ds) {
  const topo = await world();
  const result = await embed(
    host,
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 'container',
      height: 'container',
      data: { values: topo, format: { type: 'topojson', feature: 'countries' } },
      transform: [
        {
          lookup: 'id',
          from: { data: { values: allianceRows(ds) }, key: 'iso', fields: ['group'] },
          default: 'none',
        },
      ],
      projection: { type: 'equalEarth' },
      mark: { type: 'geoshape', stroke: '#fff', strokeWidth: 0.5, tooltip: true },
      encoding: { color: { field: 'group', type: 'nominal' } },
    },
    { actions: false, renderer: 'canvas' },
  );
  return { destroy: () => result.finalize() };
}
