import { ActorNetwork } from './actor-network.js';

ActorNetwork.define();
