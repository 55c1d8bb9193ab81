/**
 * From a dataset to the graph the network draws: nodes, typed edges and, when memberships
 * are grouped, the groups the dataset declares (`dataset.groupings` with a `from`). Pure;
 * no DOM.
 *
 * @module
 */
import type { Dataset, EntityKind, Relation } from '@nutgraf/core';
import { entityName, isNegative, runSteps } from '@nutgraf/core';

/**
 * How the relations that make a grouping's members are drawn: `grouped` as an area around the
 * entity the members join; `auto` the same, and on narrow widths the members with no other
 * relation fold into a count on that entity; `edges` as lines.
 */
export type MembershipMode = 'auto' | 'edges' | 'grouped';

/** One actor. */
export interface GraphNode {
  id: string;
  kind: EntityKind;
  /** Full (localised) name, for accessible names and tooltips. */
  name: string;
  /** What is written next to the node: a short name when the full one is long. */
  label: string;
  /** Number of relations touching the node (all types). */
  degree: number;
  /** True when the entity is outside knowledge (marked "†"). */
  outside: boolean;
  /** Role of a person, as the source gives it. */
  role?: string;
  /** Name of the entity it belongs to. */
  affiliation?: string;
}

/** One typed relation: the dataset's own relation object. */
export type GraphEdge = Relation;

/** A grouping drawn as an area around the entity its members join (`from.target`) and the full members that have no other relation. */
export interface GraphGroup {
  /** Entity id of the node the group is drawn around. */
  id: string;
  name: string;
  label: string;
  /** The words of the grouping it shows, for the key. */
  key: string;
  members: string[];
  /**
   * Members whose only relation is this membership: the area encloses them with the entity, and
   * the layout keeps them close around it. The other members stay where their relations put
   * them, each with one quiet line to the entity.
   */
  inside: string[];
  /** Of {@link inside}, the members folded into a count (`auto` on narrow widths, two or more); empty otherwise. */
  leaves: string[];
}

/** The graph to lay out and draw. */
export interface Graph {
  /** The dataset the graph comes from (relation types, words, colours). */
  dataset: Dataset;
  nodes: GraphNode[];
  /** Edges to draw (grouped memberships are not among them). */
  edges: GraphEdge[];
  groups: GraphGroup[];
  /** Memberships drawn as groups (inside the area, or as a quiet line to its entity), for lists and announcements. */
  grouped: GraphEdge[];
  /**
   * Pairs of node indices that attract each other in the layout (all relations, once per
   * pair), one after the other: pair k's ends at 2k and 2k + 1. One typed array rather than an
   * array per pair: a graph of 60,000 relations kept 120,000 small objects, which every full
   * collection of the page's heap moves again.
   */
  links: Uint32Array;
  /** Ids of the relation types drawn, in the order the dataset declares them. */
  types: string[];
  /** Index of each node by entity id. */
  index: Map<string, number>;
  /** Each node's relations, by node index: its {@link edges}, then its {@link grouped} memberships. */
  relationsOf: GraphEdge[][];
}
/** Options for {@link buildGraph}. */
export interface GraphOptions {
  memberships?: MembershipMode;
  lang?: string;
  /** Prefer short names (narrow containers). */
  compact?: boolean;
  /** With `auto` memberships: fold the members that have no other relation ({@link GraphGroup.leaves}). */
  collapse?: boolean;
}

const LONG = 18;
const MAX_LABEL = 24;

/** The text next to a node: short when the name is long or space is tight, never over 24 characters. */
export function nodeLabel(name: string, shortName: string | undefined, compact: boolean): string {
  const text = shortName && (compact || name.length > LONG) ? shortName : name;
  const chars = Array.from(text.trim());
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : chars.join('');
}

/** Builds the graph of a (validated) dataset. Relations with an unknown end are skipped. */
export function buildGraph(dataset: Dataset, options: GraphOptions = {}): Graph {
  return runSteps(graphSteps(dataset, options));
}

/**
 * {@link buildGraph} in steps, so that a big graph's is built in slices (big-graph.ts): yields
 * every `batch` entities (twice over: their names, then the nodes) and every `batch` relations.
 */
export function* graphSteps(
  dataset: Dataset,
  options: GraphOptions = {},
  batch = Infinity,
): Generator<void, Graph, void> {
  const { memberships = 'edges', lang = 'en', compact = false, collapse = false } = options;
  const index = new Map<string, number>();
  const names = new Map<string, string>();
  for (const [i, e] of dataset.entities.entries()) {
    names.set(e.id, entityName(e, lang));
    if (i % batch === batch - 1) yield;
  }
  const nodes: GraphNode[] = [];
  for (const [i, entity] of dataset.entities.entries()) {
    index.set(entity.id, i);
    const name = names.get(entity.id)!;
    nodes.push({
      id: entity.id,
      kind: entity.kind,
      name,
      label: nodeLabel(name, name !== entity.name ? undefined : entity.shortName, compact),
      degree: 0,
      outside: entity.basis === 'outside',
      role: entity.role,
      affiliation: entity.affiliation && names.get(entity.affiliation),
    });
    if (i % batch === batch - 1) yield;
  }
  const grouped = new Map<string, GraphGroup>();
  const groupedEdges: GraphEdge[] = [];
  const edges: GraphEdge[] = [];
  const used = new Set<string>();
  const pairs = new Set<number>();
  const links: number[] = [];
  for (const [i, relation] of dataset.relations.entries()) {
    if (i % batch === batch - 1) yield;
    const s = index.get(relation.source);
    const t = index.get(relation.target);
    if (s === undefined || t === undefined || s === t) continue;
    nodes[s]!.degree++;
    nodes[t]!.degree++;
    // The pair as one number (both ends are below the node count).
    const key = s < t ? s * nodes.length + t : t * nodes.length + s;
    if (!pairs.has(key)) {
      pairs.add(key);
      links.push(s, t);
    }
    // Grouped: a full member (active, asserted, not denied) of a grouping the dataset declares
    // with a `from` is drawn with its group, not as a relation line: inside the area around the
    // entity it joins or, with other relations, by a quiet line to it.
    const grouping =
      memberships !== 'edges' &&
      (relation.status ?? 'active') === 'active' &&
      relation.certainty === 'asserted' &&
      !isNegative(relation) &&
      dataset.groupings.find((g) => g.from?.type === relation.type && g.from.target === relation.target);
    if (grouping) {
      const { id, name, label } = nodes[t]!;
      let group = grouped.get(id);
      if (!group)
        grouped.set(
          id,
          (group = { id, name, label, key: grouping.label, members: [], inside: [], leaves: [] }),
        );
      group.members.push(relation.source);
      groupedEdges.push(relation);
      continue;
    }
    used.add(relation.type);
    edges.push(relation);
  }
  for (const group of grouped.values()) {
    group.inside = group.members.filter((id) => nodes[index.get(id)!]!.degree === 1 && !grouped.has(id));
    // Folding one member saves nothing: a group folds two or more.
    if (collapse && memberships === 'auto' && group.inside.length > 1) group.leaves = group.inside;
  }
  // Each node's relations, built here (in slices for a big graph) rather than when it is drawn.
  const relationsOf: GraphEdge[][] = nodes.map(() => []);
  for (const [i, relation] of [...edges, ...groupedEdges].entries()) {
    if (i % batch === batch - 1) yield;
    relationsOf[index.get(relation.source)!]!.push(relation);
    relationsOf[index.get(relation.target)!]!.push(relation);
  }
  return {
    dataset,
    nodes,
    edges,
    groups: [...grouped.values()],
    grouped: groupedEdges,
    links: new Uint32Array(links),
    // In the order the dataset declares them (the validator declares any a relation names).
    types: dataset.relationTypes.map((type) => type.id).filter((id) => used.has(id)),
    index,
    relationsOf,
  };
}
