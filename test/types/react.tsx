// React 19 with the JSX typings generated from the manifests (`nutgraf/react`): checked by
// `npx tsc -p test/types/tsconfig.json --noEmit` against the built packages.
import { useRef } from 'react';
import 'nutgraf/define';
import type {} from 'nutgraf/react';
import type { AllianceMap } from 'nutgraf';

export function Graphics() {
  const map = useRef<AllianceMap>(null);
  const entities: (string | null)[] = [];
  return (
    <>
      <alliance-map
        ref={map}
        heading="Who backs whom"
        geometry={{ type: 'Topology' }}
        geometry-src="/geo/world.json"
        borders="de-facto"
        no-link
        style={{ '--nutgraf-arc-width': '3px' }}
        onnutgraf-select={(event) => {
          entities.push(event.detail.entity);
          const target: AllianceMap = event.target;
          target.zoomBy(2);
        }}
      />
      <actor-network
        seed={3}
        focus="a"
        ref={(network) => {
          if (network) network.seed += 1;
        }}
        onnutgraf-highlight={(event) => entities.push(event.detail.relation ?? null)}
      />
      <share-donut series="shares" theme="dark" data={{}} />
      {/* @ts-expect-error: a seed is a number. */}
      <actor-network seed="three" />
      {/* @ts-expect-error: a theme is light, dark or auto. */}
      <share-donut theme="blue" />
      {/* @ts-expect-error: borders are de-jure or de-facto. */}
      <alliance-map borders="disputed" />
      {/* @ts-expect-error: a donut has no grouping. */}
      <share-donut grouping="blocs" />
      {/* @ts-expect-error: the detail's entity is a string or null, not a number. */}
      <actor-network onnutgraf-select={(event) => event.detail.entity?.toFixed()} />
    </>
  );
}
