/**
 * From a dataset to the graph the network draws: nodes, typed directed edges and,
 * when memberships are grouped, the groups. Pure; no DOM.
 *
 * @module
 */
import type { Dataset, EntityKind, Relation, RelationType } from '@nutgraf/core';
import { entityName } from '@nutgraf/core';

/** How membership relations are drawn. */
export type MembershipMode = 'edges' | 'grouped';

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
}

/** One directed, typed relation: the dataset's own relation object. */
export type GraphEdge = Relation;

/** An organisation drawn as a group around its active members. */
export interface GraphGroup {
  id: string;
  name: string;
  label: string;
  members: string[];
}

/** The graph to lay out and draw. */
export interface Graph {
  nodes: GraphNode[];
  /** Edges to draw (grouped memberships are not among them). */
  edges: GraphEdge[];
  groups: GraphGroup[];
  /** Memberships drawn as groups, for lists and announcements. */
  grouped: GraphEdge[];
  /** Pairs of node indices that attract each other in the layout (all relations, once per pair). */
  links: [number, number][];
  /** Relation types present, in first-seen order. */
  types: RelationType[];
  /** Index of each node by entity id. */
  index: Map<string, number>;
}

/** Options for {@link buildGraph}. */
export interface GraphOptions {
  memberships?: MembershipMode;
  lang?: string;
  /** Prefer short names (narrow containers). */
  compact?: boolean;
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
  const { memberships = 'edges', lang = 'en', compact = false } = options;
  const index = new Map<string, number>();
  const nodes: GraphNode[] = dataset.entities.map((entity, i) => {
    index.set(entity.id, i);
    const name = entityName(entity, lang);
    const localised = name !== entity.name;
    return {
      id: entity.id,
      kind: entity.kind,
      name,
      label: nodeLabel(name, localised ? undefined : entity.shortName, compact),
      degree: 0,
      outside: entity.basis === 'outside',
    };
  });
  const grouped = new Map<string, GraphGroup>();
  const groupedEdges: GraphEdge[] = [];
  const edges: GraphEdge[] = [];
  const types: RelationType[] = [];
  const pairs = new Set<string>();
  const links: [number, number][] = [];
  for (const relation of dataset.relations) {
    const s = index.get(relation.source);
    const t = index.get(relation.target);
    if (s === undefined || t === undefined || s === t) continue;
    nodes[s]!.degree++;
    nodes[t]!.degree++;
    const key = s < t ? `${s},${t}` : `${t},${s}`;
    if (!pairs.has(key)) {
      pairs.add(key);
      links.push([s, t]);
    }
    if (memberships === 'grouped' && isGroupMembership(relation, nodes[t]!.kind)) {
      let group = grouped.get(relation.target);
      if (!group) {
        const org = nodes[t]!;
        group = { id: org.id, name: org.name, label: org.label, members: [] };
        grouped.set(relation.target, group);
      }
      group.members.push(relation.source);
      groupedEdges.push(relation);
      continue;
    }
    if (!types.includes(relation.type)) types.push(relation.type);
    edges.push(relation);
  }
  return { nodes, edges, groups: [...grouped.values()], grouped: groupedEdges, links, types, index };
}

function isGroupMembership(relation: Relation, targetKind: EntityKind): boolean {
  return (
    relation.type === 'membership' &&
    targetKind === 'organisation' &&
    (relation.status === undefined || relation.status === 'active')
  );
}

/** A relation type in words for legends and announcements ("arms supply"). */
export function typeWords(type: string): string {
  return type.replace(/-/g, ' ');
}
