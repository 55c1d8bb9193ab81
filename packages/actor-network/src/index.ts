export { ActorNetwork } from './actor-network.js';
export { buildGraph } from './graph.js';
export type { Graph, GraphEdge, GraphGroup, GraphNode, MembershipMode } from './graph.js';
export { buildModel, layoutNetwork, LARGE_GRAPH } from './layout.js';
export type { NetworkModel } from './layout.js';
export { placeLabels } from './labels.js';
export type { LabelPlacement, LabelRequest } from './labels.js';
