import { msg, relationTypeOf } from '@nutgraf/core';
import type { DataTable, MessageId } from '@nutgraf/core';
import { claimsTable, relationClaim } from '@nutgraf/core/table';
import { actorWords } from './describe.js';
import type { Graph } from './graph.js';
import './messages.js';

/**
 * The data-table alternative (loaded when a reader first opens it): every relation as a claim
 * (its type, who says it, how sure, whether it happened, when, notes, sentence), then every
 * actor, what it is and how many relations it has.
 */
export function dataTables(graph: Graph, caption: string, lang?: string): DataTable[] {
  const t = (id: MessageId) => msg(id, {}, lang);
  const dataset = graph.dataset;
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const name = (id: string) => names.get(id) ?? id;
  const edges = [...graph.edges, ...graph.grouped];
  const lines = edges.map((e) =>
    relationClaim(dataset, e, name, [relationTypeOf(dataset, e.type).label], lang),
  );
  return [
    claimsTable(dataset, caption, lines, { columns: [t('network.type')], name, lang }),
    {
      caption: t('network.actorsTable'),
      columns: [t('table.actor'), t('network.what'), t('network.relationsColumn')],
      rows: graph.nodes.map((n) => [
        n.name,
        actorWords(n, lang),
        { text: msg('number', { n: n.degree }, lang), sort: n.degree },
      ]),
    },
  ];
}
