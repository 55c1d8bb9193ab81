/**
 * The donut's English messages (ids `donut.…`), shipped with its code: a page without a donut
 * does not download them (core's `en.ts` holds the words every component says). Each module that
 * says one imports this module first. Other languages keep these ids in core's catalogues,
 * fetched on demand.
 *
 * @module
 */
import { shipEnglish } from '@nutgraf/core';

/** The donut's English messages, by id. */
export const enDonut = {
  'donut.key': 'Key: {heading}',
  'donut.of': '{value} of {measure}',
  'donut.ofWithin': '{value} of {measure}, {within}',
  'donut.ofAll': '{value} of {measure} in all (computed)',
  'donut.rest': 'Computed: the whole less the values the source gives, which it does not divide.',
  'donut.unspecified': 'The part the source does not specify.',
  'donut.stated': 'The rest, as the source states it.',
  'donut.certainty': 'Certainty: {certainty}',
  'donut.certaintyWho': 'Certainty: {certainty}, {who}',
  'donut.noSeries': 'the dataset has no series “{id}”.',
  'donut.empty': 'the dataset has no share series.',
  'donut.restName': 'Not specified by the source',
  'donut.notSpecified': 'not specified by the source',
  'donut.theRest': 'the rest as the source states it',
  'donut.other': 'Other ({count})',
  'donut.grouped.other': '“{name}” groups the {count} smallest shares ({names}).',
  'donut.noTotal':
    'The source gives no total. The values add up to {sum}; the ring shows each as a part of that sum, not of a whole.',
  'donut.excess':
    'The values add up to {sum}, more than the total of {total}; slices are drawn in proportion to that sum.',
  'donut.within': 'of {name}’s {value} of {measure}',
  'donut.sum': '{name} accounts for {value} of {measure}{more}.',
  'donut.sumWithin': '{name} accounts for {value} of {measure}, {within}{more}.',
  'donut.statedRest': '; the source gives {value} as the rest: {name}',
  'donut.restLeft': '; the source does not specify the remaining {value}',
  'donut.noValues': '“{title}” has no values.',
  'donut.zero': 'Entry {n} (“{name}”) has a value of zero.',
  'donut.negative': 'Entry {n} (“{name}”) has a negative value ({value}).',
  'donut.noParent':
    '“{title}” is a share of the value of entity “{entity}” in series “{series}”, which gives no such value, so its whole is unknown.',
  'donut.hint': 'Arrow keys move between slices; Enter chooses one.',
  'donut.keys': 'arrows move · Enter chooses · Esc closes',
} as const;

declare module '@nutgraf/core' {
  interface Catalogues {
    donut: typeof enDonut;
  }
}

shipEnglish(enDonut);
