/**
 * The map's English messages (ids `map.…`), shipped with its code: a page without a map does not
 * download them (core's `en.ts` holds the words every component says). Each module that says
 * one imports this module first. Other languages keep these ids in core's catalogues, fetched on
 * demand.
 *
 * @module
 */
import { shipEnglish } from '@nutgraf/core';

/** The map's English messages, by id. */
export const enMap = {
  'map.colourBy': 'Colour by',
  'map.colourMapBy': 'Colour the map by',
  'map.reset': 'Reset',
  'map.loading': 'Loading map…',
  'map.noPlaces': 'No places to map in this story: none of its actors has a country or a location.',
  'map.undrawn': 'Possible, not drawn as arrows: {relations}.',
  'map.colours': 'Colours',
  'map.arrows': 'Arrows (press to show or hide)',
  'map.arrowStyles': 'Arrow styles',
  'map.stated': 'stated',
  'map.reported': 'reported',
  'map.possible': 'possible',
  'map.didNot': 'did not happen',
  'map.outside': '{label}, outside knowledge †',
  'map.partial': '{label}: {why}',
  'map.help':
    'Use Tab to reach the map, arrow keys to move between places and arrows, Enter to choose, plus and minus to zoom.',
  'map.helpCore':
    'The map is centred on the story; arrows to farther places end at its edge, named there. Use Tab to reach the map, arrow keys to move between places and arrows, Enter to choose, plus and minus to zoom.',
  'map.geoError': 'The map could not load its geometry from {url}: {error}',
  'map.geoProperty': 'the geometry property',
  'map.heading': "Map of the story's actors",
  'map.actors': "The story's actors",
  'map.others.one': '{count} other actor',
  'map.others.other': '{count} other actors',
  'map.by': ', coloured by {label}',
  'map.byActors': ', coloured where the source names them',
  'map.arcs.one': '; {count} arrow of {kinds}',
  'map.arcs.other': '; {count} arrows of {kinds}',
  'map.onlyPossible.other': '{count} only possible',
  'map.didNotN.other': '{count} did not happen',
  'map.summary': '{what}{colour}{arrows}.',
  'map.role': 'Role: {role}',
  'map.affiliation': 'Affiliation: {name}',
  'map.placed': 'Placed here: {names}',
  'map.dot': '{name} (too small for the map: a dot marks it)',
  'map.arrowFrom': 'arrow from {from} to {to}',
  'map.unknown': '{name} ({codes}): no shape or position for this country code',
  'map.noCode': 'no country code',
  'map.regrouped': 'The map is coloured by {label}.',
  'map.keys': 'arrows move · Enter chooses · + and − zoom · Esc closes',
} as const;

declare module '@nutgraf/core' {
  interface Catalogues {
    map: typeof enMap;
  }
}

shipEnglish(enMap);
