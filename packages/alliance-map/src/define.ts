import { AllianceMap } from './alliance-map.js';

AllianceMap.define();
