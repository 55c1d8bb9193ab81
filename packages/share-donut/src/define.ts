// Registers <share-donut>. Importing this entry also gives TypeScript the tag's type:
// `document.querySelector('share-donut')` is a `ShareDonut | null`.
import { ShareDonut } from './share-donut.js';

declare global {
  interface HTMLElementTagNameMap {
    'share-donut': ShareDonut;
  }
}

ShareDonut.define();

export type { ShareDonut };
