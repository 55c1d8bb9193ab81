/**
 * Keyboard navigation along the relations (as Data Navigator does): an arrow key walks to the
 * next or previous relation of the focused actor and on to the actor at its other end; the
 * path walked is remembered, so a key goes back the way the reader came. Pure.
 *
 * @module
 */

/** Where a reader stood: an actor, and which of its relations was walked (-1 for none). */
export interface Stop {
  node: number;
  step: number;
}

/** How far each arrow key moves in the list of relations (left to right). */
const BY: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** True for the four arrow keys. */
export function isArrowKey(key: string): boolean {
  return key in BY;
}

/**
 * The relation an arrow key walks to among `count`, after `step` (-1: none walked yet, so
 * forward is the first and back the last), wrapping around; `null` for another key or no
 * relations. In right-to-left pages Left is forward.
 */
export function nextRelation(key: string, step: number, count: number, rtl = false): number | null {
  const by = (BY[key] ?? 0) * (rtl && /Left|Right/.test(key) ? -1 : 1);
  if (!by || count < 1) return null;
  return step < 0 ? (by > 0 ? 0 : count - 1) : (step + by + count) % count;
}

/** The id at the other end of a relation from actor `id`. */
export const otherEnd = (edge: { source: string; target: string }, id: string): string =>
  edge.source === id ? edge.target : edge.source;

/** The path after walking relation `step` of actor `node`: where the reader stood is added. */
export const walkTo = (path: readonly Stop[], node: number, step: number): Stop[] => [
  ...path,
  { node, step },
];

/** Back along the path: where the reader stood last, and the path before it; `null` at its start. */
export const walkBack = (path: readonly Stop[]): [Stop, Stop[]] | null =>
  path.length ? [path[path.length - 1]!, path.slice(0, -1)] : null;
