/**
 * A small shape per palette slot (circle, square, triangle, diamond, triangle down, plus, bar),
 * drawn at the middle of a relation's line and in its legend key when forced colours turn every
 * type's colour into the same system colour: the shape keeps the types apart. Pure.
 *
 * @module
 */
import { colorSlots } from '../dataset/palette.js';
import type { Dataset } from '../dataset/types.js';

/** The shapes, about 7 px across, centred on (0, 0): place them with a `translate`. */
const SHAPES = [
  'M-3.5 0a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0z',
  'M-3.2-3.2h6.4v6.4h-6.4z',
  'M0-4.2l4.2 7.4h-8.4z',
  'M0-4.5l4.5 4.5l-4.5 4.5l-4.5-4.5z',
  'M0 4.2l4.2-7.4h-8.4z',
  'M-1.3-4h2.6v2.7h2.7v2.6h-2.7v2.7h-2.6v-2.7h-2.7v-2.6h2.7z',
  'M-4.5-1.8h9v3.6h-9z',
] as const;

/** SVG path data of relation type `type`'s shape (its palette slot's), centred on (0, 0). */
export const typeMarker = (dataset: Dataset, type: string): string =>
  SHAPES[((colorSlots(dataset).get(`type:${type}`) ?? 1) - 1) % SHAPES.length]!;

/** SVG path data of the `i`-th of the shapes (0-based, round the seven), centred on (0, 0). */
export const markerShape = (i: number): string => SHAPES[i % SHAPES.length]!;
