// Vue 3 with the typings generated from the manifests (`nutgraf/vue`): each tag's props as
// Vue's `GlobalComponents` sees them.
import type { GlobalComponents } from 'vue';
import type {} from 'nutgraf/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

const entities: (string | null)[] = [];
const network: Props<'actor-network'> = {
  seed: 2,
  focusEntity: 'a',
  memberships: 'grouped',
  onNutgrafSelect: (event) => entities.push(event.detail.entity),
};
const map: Props<'alliance-map'> = {
  heading: 'Who backs whom',
  geometrySrc: '/geo/world.json',
  noLink: true,
};
const donut: Props<'share-donut'> = { series: 'shares' };
console.log(network, map, donut);

// @ts-expect-error: a seed is a number.
const wrongSeed: Props<'actor-network'> = { seed: 'two' };
// @ts-expect-error: a map has no series.
const wrongProp: Props<'alliance-map'> = { series: 'shares' };
// @ts-expect-error: nor has the donut a seed.
const wrongDonut: Props<'share-donut'> = { seed: 1 };
console.log(wrongSeed, wrongProp, wrongDonut);
