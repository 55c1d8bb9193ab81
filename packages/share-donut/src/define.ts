// Registers <oil-share-donut>. Importing this entry also gives TypeScript the tag's type:
// `document.querySelector('oil-share-donut')` is an `ShareDonut | null`.
import { ShareDonut } from './share-donut.js';

declare global {
  interface HTMLElementTagNameMap {
    'oil-share-donut': ShareDonut;
  }
}

ShareDonut.define();

export type { ShareDonut };
