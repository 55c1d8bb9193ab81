export * from '@nutgraf/core';
export * from '@nutgraf/alliance-map';
export * from '@nutgraf/oil-share-donut';
export * from '@nutgraf/actor-network';
