// Registers every nutgraf tag. Each component's define module is idempotent.
import '@nutgraf/alliance-map/define';
import '@nutgraf/oil-share-donut/define';
import '@nutgraf/actor-network/define';
