/**
 * The network's English messages (ids `network.…`), shipped with its code: a page without a
 * network does not download them (core's `en.ts` holds the words every component says). Each
 * module that says one imports this module first. Other languages keep these ids in core's
 * catalogues, fetched on demand.
 *
 * @module
 */
import { shipEnglish } from '@nutgraf/core';

/** The network's English messages, by id. */
export const enNetwork = {
  'network.heading': 'Actors and their relations',
  'network.actors.one': '{count} actor',
  'network.actors.other': '{count} actors',
  'network.relations.one': '{count} relation',
  'network.relations.other': '{count} relations',
  'network.summary': '{actors} ({kinds}) linked by {relations}{most}.',
  'network.most': '; {name} has the most, {count}',
  'network.node': '{name}, {what}, {relations}',
  'network.edge': '{source} {relation} {target}.',
  'network.rel': '{source}, {relation}, {target}, {how}',
  'network.layout.one': 'Laying out {count} actor…',
  'network.layout.other': 'Laying out {count} actors…',
  'network.layoutAny': 'Laying out the network…',
  'network.hint':
    'Arrow keys follow the focused actor’s relations to its neighbours; Backspace goes back; L lists the relations; Enter selects.',
  'network.none': '{name} has no relations shown.',
  'network.step': '{relation}. Relation {index} of {count}.',
  'network.empty': 'the dataset has no actors.',
  'network.key': 'Key',
  'network.types': 'Show relations by type',
  'network.typeCount.one': '{count} type of relation',
  'network.typeCount.other': '{count} types of relation',
  'network.typesHidden.one': '{types}, {count} hidden',
  'network.typesHidden.other': '{types}, {count} hidden',
  'network.table': 'Relations as a table',
  'network.asserted': 'Asserted',
  'network.reported': 'Reported',
  'network.possible': 'Possible or predicted',
  'network.negative': 'Did not happen',
  'network.moreMembers.one': '{name}: {count} more member: {names}',
  'network.moreMembers.other': '{name}: {count} more members: {names}',
  'network.members': 'Members: {names}.',
  'network.keys': 'arrows follow relations · Backspace goes back · L lists · Enter chooses · Esc closes',
  'network.copy': 'Copy positions',
  'network.copied': 'Positions copied.',
  'network.positions': 'Node positions (JSON)',
  'network.copyBelow': 'The positions are in the box under the graphic.',
} as const;

declare module '@nutgraf/core' {
  interface Catalogues {
    network: typeof enNetwork;
  }
}

shipEnglish(enNetwork);
