import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import { allianceRows, PALETTE } from './shared.js';
echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

// One request per page, as <alliance-map> shares its geometry between instances.
let topoPromise;
const world = () =>
  (topoPromise ??= fetch(new URL('./visionscarto-110m.json', import.meta.url)).then((r) => r.json()));

export async function render(host, ds) {
  const topo = await world();
  const geo = feature(topo, topo.objects.countries);
  for (const f of geo.features) f.properties = { ...f.properties, name: String(f.id) };
  echarts.registerMap('world', geo);
  const rows = allianceRows(ds);
  const groups = [...new Set(rows.map((r) => r.group))];
  const chart = echarts.init(host);
  const done = new Promise((r) => chart.on('finished', r));
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'map',
        map: 'world',
        roam: false,
        itemStyle: { areaColor: '#ddd', borderColor: '#fff' },
        data: rows.map((r) => ({
          name: r.iso,
          value: groups.indexOf(r.group),
          itemStyle: { areaColor: PALETTE[groups.indexOf(r.group)] },
        })),
      },
    ],
  });
  await done;
  return { destroy: () => chart.dispose() };
}
