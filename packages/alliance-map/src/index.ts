export { AllianceMap } from './alliance-map.js';
export { layoutMap, placeCountries, fitCodes, REGIONS } from './layout.js';
export type { MapModel, CountryMark, ArcMark, Zoom, LayoutOptions } from './layout.js';
export { deriveGroupings, ALLIANCES, ACTORS } from './groupings.js';
export type { Grouping, Group, GroupMember } from './groupings.js';
export { loadWorld, decodeWorld, DE_JURE_URL, DE_FACTO_URL } from './geo/world.js';
export type { World, CountryShape, WorldAsset } from './geo/world.js';
