export { OilShareDonut } from './oil-share-donut.js';
