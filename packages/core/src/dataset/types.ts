/**
 * The static types of a nutgraf dataset, inferred from the one definition in `schema.ts`
 * (type imports only: nothing of the schema library reaches a page through this file).
 *
 * @module
 */

import type { InferInput, InferOutput } from 'valibot';
import type * as s from './schema.js';

/** How sure the source is of a claim: asserted, reported, opinion, predicted or hypothetical. */
export type Certainty = InferOutput<typeof s.CertaintySchema>;
/** Where a claim comes from: the source text, outside knowledge, or a computation. */
export type Basis = InferOutput<typeof s.BasisSchema>;
/** What an entity is. */
export type EntityKind = InferOutput<typeof s.EntityKindSchema>;
/** The status of a membership, when the source gives one. */
export type RelationStatus = InferOutput<typeof s.RelationStatusSchema>;
/** Whether a claim says that something happened, or that it did not. */
export type Polarity = InferOutput<typeof s.PolaritySchema>;
/** A date that may be an estimate. ISO 8601, at year, month or day precision. */
export type DateValue = InferOutput<typeof s.DateValueSchema>;
/** Who says a claim: a speaker entity or words for one, quoted or paraphrased. */
export type Attribution = InferOutput<typeof s.AttributionSchema>;
/** What is known about the source text. */
export type SourceInfo = InferOutput<typeof s.SourceInfoSchema>;
/** One kind of relation, declared by the dataset. */
export type RelationType = InferOutput<typeof s.RelationTypeSchema>;
/** One named member of a grouping. */
export type GroupMember = InferOutput<typeof s.GroupMemberSchema>;
/** A named set of entities that can colour the map. */
export type Grouping = InferOutput<typeof s.GroupingSchema>;
/** Where the map places an entity that is not a country. */
export type Location = InferOutput<typeof s.LocationSchema>;
/** A country, person, organisation, company or place. */
export type Entity = InferOutput<typeof s.EntitySchema>;
/** A typed claim between two entities. */
export type Relation = InferOutput<typeof s.RelationSchema>;
/** One value of a series. */
export type SeriesValue = InferOutput<typeof s.SeriesValueSchema>;
/** A series of values in one unit, with an optional whole. */
export type Series = InferOutput<typeof s.SeriesSchema>;
/** A W3C Web Annotation TextQuoteSelector. */
export type TextQuoteSelector = InferOutput<typeof s.TextQuoteSelectorSchema>;
/** A verbatim quote from the source, located in it. */
export type Evidence = InferOutput<typeof s.EvidenceSchema>;
/** A citation for knowledge from outside the source. */
export type Citation = InferOutput<typeof s.CitationSchema>;
/** The words and choices of each graphic. */
export type Presentation = InferOutput<typeof s.PresentationSchema>;
/** Pinned network node places: entity id → [x, y], fractions (0 to 1) of the frame inside its margins. */
export type NetworkPositions = NonNullable<NonNullable<Presentation['network']>['positions']>;
/** A complete, validated dataset (version 2). */
export type Dataset = InferOutput<typeof s.DatasetSchema>;
/**
 * A dataset as written in a JSON file, before validation fills defaults (`relationTypes`
 * and `groupings` may be left out).
 */
export type DatasetInput = InferInput<typeof s.DatasetSchema>;
/** The claim fields shared by relations, series values, entities and group members. */
export type Claim = Pick<Relation, 'certainty' | 'basis' | 'attribution' | 'evidence' | 'citations'>;
