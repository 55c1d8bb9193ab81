import '@nutgraf/actor-network/define';
import { syntheticDataset } from '../packages/actor-network/src/synthetic.js';
(window as unknown as { syntheticDataset: typeof syntheticDataset }).syntheticDataset = syntheticDataset;
