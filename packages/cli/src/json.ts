/**
 * Narrowing parsed JSON, which is `unknown` until a check says what it is.
 *
 * @module
 */

/** A JSON object (not a list, not null). */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object: not a list, not null. */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a list. */
export function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}
