/**
 * The words of version 1's closed list of relation types, for `nutgraf migrate`: a
 * version-1 dataset that used them gets these legend words, verbs and flow directions
 * instead of words derived from the ids. Version 2 datasets declare their own.
 *
 * @module
 */

import type { RelationType } from '@nutgraf/core/dataset';

/** The words of each version-1 relation type, by its id. */
export const V1_VOCABULARY: Readonly<Record<string, Omit<RelationType, 'id'>>> = {
  alliance: { label: 'Alliance', verb: 'is allied with', direction: 'none' },
  'arms-supply': { label: 'Arms supplies', verb: 'supplied arms to', direction: 'forward' },
  'military-operation': {
    label: 'Military operations',
    verb: 'carried out a military operation in',
    direction: 'forward',
  },
  attack: { label: 'Attacks', verb: 'attacked', direction: 'forward' },
  seizure: { label: 'Seizures', verb: 'seized', direction: 'forward' },
  membership: { label: 'Membership', verb: 'is a member of', direction: 'forward' },
  exile: { label: 'Exile', verb: 'went into exile in', direction: 'forward' },
  'oil-purchase': { label: 'Oil', verb: 'buys oil from', direction: 'backward' },
  'oil-export': { label: 'Oil', verb: 'exports oil to', direction: 'forward' },
  sanctions: { label: 'Sanctions', verb: 'imposes sanctions on', direction: 'forward' },
  contact: { label: 'Contacts', verb: 'is in contact with', direction: 'none' },
  support: { label: 'Support', verb: 'supports', direction: 'forward' },
  cooperation: { label: 'Cooperation', verb: 'cooperates with', direction: 'none' },
  conflict: { label: 'Conflict', verb: 'is in conflict with', direction: 'none' },
  leadership: { label: 'Leadership', verb: 'leads', direction: 'forward' },
};
