export { AllianceMap } from './alliance-map.js';
