import { OilShareDonut } from './oil-share-donut.js';

OilShareDonut.define();
