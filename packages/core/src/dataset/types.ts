/**
 * The nutgraf dataset: entities, relations and series derived from one source text,
 * each claim carrying its evidence. These types mirror `data/dataset.schema.json`
 * (JSON Schema 2020-12); a test proves the two agree on required fields and enums.
 *
 * @module
 */

/** How sure the source is of a claim. One visual language across all components. */
export type Certainty = 'asserted' | 'reported' | 'opinion' | 'predicted' | 'hypothetical';

/** Where a claim comes from: the source text, outside knowledge, or a computation. */
export type Basis = 'article' | 'outside' | 'computed';

/** What an entity is. */
export type EntityKind = 'country' | 'person' | 'organisation' | 'place';

/** The kinds of directed relation a dataset may hold. */
export type RelationType =
  | 'alliance'
  | 'arms-supply'
  | 'military-operation'
  | 'attack'
  | 'seizure'
  | 'membership'
  | 'exile'
  | 'oil-purchase'
  | 'oil-export'
  | 'sanctions'
  | 'contact'
  | 'support'
  | 'cooperation'
  | 'conflict'
  | 'leadership';

/** The status of a membership or alliance, when the source gives one. */
export type RelationStatus = 'active' | 'frozen' | 'former' | 'invited';

/** Every allowed value of the string unions above, for validation and tests. */
export const CERTAINTIES: readonly Certainty[] = [
  'asserted',
  'reported',
  'opinion',
  'predicted',
  'hypothetical',
];
export const BASES: readonly Basis[] = ['article', 'outside', 'computed'];
export const ENTITY_KINDS: readonly EntityKind[] = ['country', 'person', 'organisation', 'place'];
export const RELATION_TYPES: readonly RelationType[] = [
  'alliance',
  'arms-supply',
  'military-operation',
  'attack',
  'seizure',
  'membership',
  'exile',
  'oil-purchase',
  'oil-export',
  'sanctions',
  'contact',
  'support',
  'cooperation',
  'conflict',
  'leadership',
];
export const RELATION_STATUSES: readonly RelationStatus[] = ['active', 'frozen', 'former', 'invited'];

/** A date that may be an estimate. ISO 8601, at year, month or day precision. */
export interface DateValue {
  value: string;
  estimated: boolean;
}

/** What is known about the source text. Unknown fields are `null`, never guessed. */
export interface SourceInfo {
  /** Short name used in source notes, e.g. "Article on Russia–Iran relations". */
  name: string;
  title: string | null;
  byline: string | null;
  date: DateValue | null;
  url: string | null;
  /** BCP 47 language tag of the text. */
  language: string;
  /** sha256 of the UTF-8 bytes of the text, lowercase hex. */
  sha256: string;
  /** Number of sentences the text was split into; evidence `sentence` indexes into them. */
  sentenceCount: number;
}

/** A verbatim quote from the source, located in it. */
export interface Evidence {
  id: string;
  quote: string;
  /** Zero-based index of the sentence (or subhead line) holding the quote. */
  sentence: number;
  /** Start offset of the quote in the source, in `offsetUnit`s. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** True when the quote stands in a subhead rather than body text. */
  subhead: boolean;
}

/** A citation for knowledge from outside the source. */
export interface Citation {
  id: string;
  title: string;
  /** http(s) only. */
  url: string;
  publisher?: string;
  accessed: string;
}

/** A country, person, organisation or place. */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** Display name in English; components localise country names with `Intl.DisplayNames`. */
  name: string;
  /** Short label for tight spaces (e.g. "US"). */
  shortName?: string;
  /** ISO 3166-1 alpha-3 code (countries). */
  iso3?: string;
  /** ISO 3166-1 numeric code as a zero-padded string (countries). */
  isoNumeric?: string;
  /** ISO 3166-1 alpha-2 code, for `Intl.DisplayNames` (countries). */
  iso2?: string;
  /** Role of a person, as the source gives it. */
  role?: string;
  /** Entity id a person or organisation belongs to. */
  affiliation?: string;
  /** Other names the source uses ("Moscow", "the Kremlin"). */
  aliases?: string[];
  basis: Basis;
  certainty: Certainty;
  evidence: string[];
  citations?: string[];
}

/** A directed, typed claim between two entities. */
export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** Verb phrase read from source to target: "supplied armoured vehicles and attack helicopters to". */
  label: string;
  certainty: Certainty;
  basis: Basis;
  status?: RelationStatus;
  /** When, as precisely as the source allows. */
  time?: { start?: DateValue; end?: DateValue; text?: string };
  evidence: string[];
  citations?: string[];
  /** Editorial note for readers (e.g. why a hedge matters). */
  note?: string;
}

/** One value of a share series. */
export interface SeriesValue {
  /** Entity id this share belongs to; absent for a computed remainder. */
  entity?: string;
  label: string;
  value: number;
  approximate: boolean;
  /** True for the part the source does not specify (the computed remainder). */
  remainder?: boolean;
  certainty: Certainty;
  basis: Basis;
  evidence: string[];
}

/** A part-to-whole series, such as shares of a country's oil exports. */
export interface Series {
  id: string;
  title: string;
  /** What is measured, for sentences: "Iran's oil exports". */
  measure: string;
  /** Entity whose whole is divided (e.g. Iran). */
  of?: string;
  unit: 'percent';
  /** The whole, in `unit` (100 for percent). */
  total: number;
  values: SeriesValue[];
}

/** A complete dataset. */
export interface Dataset {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  title: string;
  /** Unit of evidence offsets. */
  offsetUnit: 'codepoint' | 'utf16';
  source: SourceInfo;
  entities: Entity[];
  relations: Relation[];
  series: Series[];
  evidence: Evidence[];
  citations: Citation[];
}
