/**
 * The lookup table that turns what an article writes into an actor: country names,
 * demonyms, capitals and stand-ins ("the Kremlin") resolve to ISO 3166-1 codes, and
 * acronyms and full names resolve to organisations.
 *
 * Editorial choices, to be checked by a reviewer like everything `draft` proposes:
 * - A capital or seat of government stands in for its country ("Tehran" → Iran); every
 *   such resolution is reported as a stand-in so the reviewer sees it.
 * - Contested capitals (Jerusalem) and city names that are also common words are left out.
 * - "America" and "American" mean the United States, as in most news copy.
 *
 * @module
 */

import { readFileSync } from 'node:fs';
import type { Citation } from '@nutgraf/core/dataset';

/** A country of the table, with what an article may write for it. */
export interface Country {
  iso2: string;
  iso3: string;
  /** zero-padded, as in ISO 3166-1 */
  isoNumeric: string;
  name: string;
  /** other names of the country itself ("US", "Britain") */
  names: string[];
  /** adjectives and nouns for its people ("Iranian", "Iranians") */
  demonyms: string[];
  /** capitals and seats of government ("Tehran", "the Kremlin") */
  standIns: string[];
}

/** An organisation of the table. */
export interface Organisation {
  id: string;
  name: string;
  /** acronyms and other names */
  names: string[];
}

/** What a name as written resolves to, and how. */
export type Resolution =
  | { kind: 'country'; country: Country; how: 'name' | 'demonym' | 'stand-in' }
  | { kind: 'organisation'; organisation: Organisation; how: 'name' | 'acronym' };

/** The rows of a table in `data/` (shipped beside the code): `|`-separated cells, `#` comments. */
export const rows = (file: string): string[][] =>
  readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('|'));

const list = (cell: string | undefined): string[] =>
  cell
    ? cell
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export const COUNTRIES: Country[] = rows('countries.psv').map(
  ([iso2, iso3, isoNumeric, name, names, demonyms, standIns]) => ({
    iso2,
    iso3,
    isoNumeric,
    name,
    names: list(names),
    demonyms: list(demonyms),
    standIns: list(standIns),
  }),
);

export const ORGANISATIONS: Organisation[] = rows('organisations.psv').map(([id, name, names]) => ({
  id,
  name,
  names: list(names),
}));

/** The citation every ISO code the draft proposes carries. */
export const ISO_CITATION: Citation = {
  id: 'cite-iso-3166-1',
  title: 'ISO 3166-1 (country codes: alpha-2, alpha-3 and numeric)',
  url: 'https://en.wikipedia.org/wiki/ISO_3166-1',
  publisher: 'Wikipedia',
  accessed: '2026-11-24',
};

/** surface form (as written, case kept) → resolution */
const TABLE = new Map<string, Resolution>();
for (const country of COUNTRIES) {
  const put = (key: string, how: 'name' | 'demonym' | 'stand-in') => {
    TABLE.set(key, { kind: 'country', country, how });
    // "the Kremlin" is also written "Kremlin"
    if (key.startsWith('the ')) TABLE.set(key.slice(4), { kind: 'country', country, how });
  };
  put(country.name, 'name');
  country.names.forEach((n) => put(n, 'name'));
  country.demonyms.forEach((n) => put(n, 'demonym'));
  country.standIns.forEach((n) => put(n, 'stand-in'));
}
for (const organisation of ORGANISATIONS) {
  TABLE.set(organisation.name, { kind: 'organisation', organisation, how: 'name' });
  for (const n of organisation.names)
    TABLE.set(n, { kind: 'organisation', organisation, how: /^[A-Z0-9.+]+$/.test(n) ? 'acronym' : 'name' });
}

/**
 * Every surface form in the table, longest first, so a scan prefers "South Africa" to
 * "Africa" and "the Kremlin" to "Kremlin".
 */
export const SURFACE_FORMS: string[] = [...TABLE.keys()].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);

/**
 * Resolves a name as written: exact surface form first, then without a possessive, then
 * without a leading "the".
 */
export function resolve(written: string): Resolution | undefined {
  const bare = stripPossessive(written.trim());
  return TABLE.get(bare) ?? TABLE.get(bare.replace(/^the\s+/i, ''));
}

/** "Russia's" → "Russia", "Iranians’" → "Iranians". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(s)['’]$/u, '$1');
}
