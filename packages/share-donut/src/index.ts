export { ShareDonut } from './share-donut.js';
