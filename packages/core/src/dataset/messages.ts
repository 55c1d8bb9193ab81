/**
 * Readable words for the schema library's issues: a JSON path (`$.relations[3].type`) and a
 * plain message (`must be text, not a list`), as the validator has always reported them.
 *
 * @module
 */

import type { BaseIssue, IssuePathItem } from 'valibot';

/** One thing wrong with a dataset: where (a JSON path) and what, in plain words. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** The kind of a value in words: "text", "a list", "null", "a number". */
export const kindOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'string'
        ? 'text'
        : typeof v === 'object'
          ? 'an object'
          : typeof v;

/** A value shown in a message: short text quoted, numbers as they are, else its kind. */
export const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : typeof v === 'number'
      ? String(v)
      : kindOf(v);

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a finite number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
};

/** The message of one issue, in the words of the validator. */
export function issueMessage(issue: BaseIssue<unknown>): string {
  const { type, input, requirement, expected } = issue;
  const at = issue.path?.at(-1) as { origin?: string } | undefined;
  if (at && (at.origin === 'key' || (input === undefined && issue.kind === 'schema')))
    return 'is required but missing';
  switch (type) {
    case 'min_length':
      return 'must not be empty';
    case 'max_length':
      return `is ${(input as string).length} characters long; at most ${String(requirement)} are allowed`;
    case 'integer':
      return `must be a whole number, not ${show(input)}`;
    case 'min_value':
      return `must be ${String(requirement)} or more, not ${show(input)}`;
    case 'max_value':
      return `must be ${String(requirement)} or less, not ${show(input)}`;
    case 'finite':
      return `must be a finite number, not ${show(input)}`;
    case 'regex':
      return `${issue.message}, not ${show(input)}`;
    case 'picklist':
    case 'literal':
      return `must be one of ${(expected ?? '')
        .replace(/^\(|\)$/g, '')
        .split(' | ')
        .join(', ')}, not ${show(input)}`;
  }
  const what = TYPES[type];
  return what
    ? `must be ${what}, not ${typeof input === 'number' ? input : kindOf(input)}`
    : `must be ${expected ?? type}, not ${show(input)}`;
}

/** `$.relations[3].type` from an issue path. */
export function issuePath(path: readonly IssuePathItem[] | undefined): string {
  let out = '$';
  for (const item of path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : `.${key}`;
  }
  return out;
}

/**
 * Problems as one line of text, `path: message; path: message`, for the console or a
 * visible notice. Shows the first `max` and counts the rest.
 */
export function formatProblems(problems: readonly DatasetProblem[], max = 10): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > max) shown.push(`and ${problems.length - max} more`);
  return shown.join('; ');
}
