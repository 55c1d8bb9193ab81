// Registers <oil-share-donut>. Importing this entry also gives TypeScript the tag's type:
// `document.querySelector('oil-share-donut')` is an `OilShareDonut | null`.
import { OilShareDonut } from './oil-share-donut.js';

declare global {
  interface HTMLElementTagNameMap {
    'oil-share-donut': OilShareDonut;
  }
}

OilShareDonut.define();

export type { OilShareDonut };
