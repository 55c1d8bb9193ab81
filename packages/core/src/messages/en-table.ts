/**
 * The English words of the data tables: their filter, column heads and cells (ids as in
 * `en.ts`). They come with the table code (`shipEnglish`, called by the table modules) when a
 * reader first opens a table, so a page that never opens one never downloads them. The words of
 * the disclosure itself ("Show the data as a table", loading, failure) show before that code
 * arrives: they stay in `en.ts`. Other languages keep these ids in their own catalogues.
 *
 * @module
 */
/** The data tables' English words, by id, added to the English catalogue when the table code arrives. */
export const enTable = {
  'table.actor': 'Actor',
  'table.all': 'All',
  'table.shown': '{shown} of {count} {noun}',
  'table.rows': 'rows',
  'claims.noun': 'claims',
  'claims.claim': 'Claim',
  'claims.who': 'Who says it',
  'claims.certainty': 'Certainty',
  'claims.polarity': 'Polarity',
  'claims.when': 'When',
  'claims.note': 'Note',
  'claims.sentence': 'Sentence',
  'claims.negative': 'negative: did not happen',
  'claims.positive': 'positive',
  'claims.article': 'the article',
  'claims.evidence': '“{quote}” (sentence {n})',
  'network.type': 'Type',
  'network.actorsTable': 'The actors',
  'network.what': 'What it is',
  'network.relationsColumn': 'Relations',
  'map.claims': "The article's claims about the actors",
  'map.actorsTable': 'The actors: where the map places them, and their groupings',
  'map.rolePlace': 'Role and place',
  'map.groupings': 'Groupings',
  'map.off': 'not on the map',
  'map.on': 'on the map',
  'map.onAt': 'on the map at {name}',
  'donut.share': 'Share',
  'donut.value': 'Value',
} as const;
