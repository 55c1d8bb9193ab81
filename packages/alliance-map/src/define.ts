// Registers <alliance-map>. Importing this entry also gives TypeScript the tag's type:
// `document.querySelector('alliance-map')` is an `AllianceMap | null`.
import { AllianceMap } from './alliance-map.js';

declare global {
  interface HTMLElementTagNameMap {
    'alliance-map': AllianceMap;
  }
}

AllianceMap.define();

export type { AllianceMap };
