// Registers <actor-network>. Importing this entry also gives TypeScript the tag's type:
// `document.querySelector('actor-network')` is an `ActorNetwork | null`.
import { ActorNetwork } from './actor-network.js';

declare global {
  interface HTMLElementTagNameMap {
    'actor-network': ActorNetwork;
  }
}

ActorNetwork.define();

export type { ActorNetwork };
