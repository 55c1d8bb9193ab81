// Registers every nutgraf tag. Each component's define module is idempotent and declares its
// tag for TypeScript (`HTMLElementTagNameMap`); the type exports below carry those declarations
// into this entry's types.
import '@nutgraf/alliance-map/define';
import '@nutgraf/oil-share-donut/define';
import '@nutgraf/actor-network/define';

export type { AllianceMap } from '@nutgraf/alliance-map/define';
export type { OilShareDonut } from '@nutgraf/oil-share-donut/define';
export type { ActorNetwork } from '@nutgraf/actor-network/define';
