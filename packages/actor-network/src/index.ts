export { ActorNetwork } from './actor-network.js';
