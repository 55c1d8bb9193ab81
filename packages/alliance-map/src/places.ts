import { perObject } from '@nutgraf/core';
import type { Dataset, Entity } from '@nutgraf/core';
import type { CountryShape, World } from './geo/world.js';

/** An entity with a mark of its own on the map. */
export interface Place {
  entity: Entity;
  /** The country's shape, or null for a point symbol. */
  feature: CountryShape | null;
  /** [lon, lat] of a point symbol: a country too small for a shape, or an actor that is not a country. */
  point: [number, number] | null;
  /** [lon, lat] where arcs start and end. */
  anchor: [number, number];
  /** [lon, lat] of the label. */
  labelAt: [number, number];
  /** Screen offset (px) of a point symbol, so actors placed in one country do not cover each other. */
  offset: [number, number];
}

/** The dataset's entities matched to the geometry. */
export interface Placement {
  /** Entities drawn with a mark of their own. */
  places: Map<string, Place>;
  /** Placed entities with the id of the mark they are drawn at (themselves, or a person's affiliation). */
  markOf: Map<string, string>;
  /** Entities with a country code the geometry does not know (named in a visible warning). */
  unknown: Entity[];
}

/**
 * Which entities the map can place, from the data alone (before any geometry): a country with
 * an ISO code, an actor with a `location`, a person at their affiliation when that one is
 * placed. Maps each to the id of the mark it is drawn at. Memoised.
 */
export const placeable = perObject((dataset: Dataset) => {
  const at = new Map<string, string>();
  const ids = new Map(dataset.entities.map((e) => [e.id, e]));
  const own = (e: Entity | undefined) =>
    !!e && (e.kind === 'country' ? !!(e.iso3 || e.isoNumeric) : !!(e.location?.iso3 || e.location?.point));
  for (const e of dataset.entities)
    if (own(e)) at.set(e.id, e.id);
    else if (e.kind === 'person' && e.affiliation && own(ids.get(e.affiliation))) at.set(e.id, e.affiliation);
  return at;
});

/**
 * How many different places the map shows, from the data alone: countries, and the countries
 * or whole-degree points where other actors stand.
 */
export function placeCount(dataset: Dataset): number {
  const keys = new Set<string>();
  for (const e of dataset.entities)
    if (placeable(dataset).get(e.id) === e.id)
      keys.add(
        e.kind === 'country'
          ? `${e.iso3 ?? e.isoNumeric}`
          : (e.location!.iso3 ?? e.location!.point!.map(Math.round).join()),
      );
  return keys.size;
}

/** Distance (px) of actors sharing one anchor from it. */
const RING = 11;

/**
 * Matches each placeable entity to a country shape (by ISO numeric id, then alpha-3) or a
 * point. Memoised per world and dataset.
 */
export const placeEntities = (dataset: Dataset, world: World): Placement => byWorld(world)(dataset);

const byWorld = perObject((world: World) => perObject((dataset: Dataset) => place(dataset, world)));

function place(dataset: Dataset, world: World): Placement {
  const at = placeable(dataset);
  const places = new Map<string, Place>();
  const unknown: Entity[] = [];
  const shared = new Map<string, Place[]>();
  for (const entity of dataset.entities) {
    const country = entity.kind === 'country';
    // A country without a code is named in the warning too.
    if (at.get(entity.id) !== entity.id) {
      if (country && !at.has(entity.id)) unknown.push(entity);
      continue;
    }
    const iso3 = (country ? entity.iso3 : entity.location?.iso3)?.toUpperCase();
    const numeric = country ? entity.isoNumeric : undefined;
    const feature = (numeric && world.byId.get(numeric)) || (iso3 && world.byA3.get(iso3)) || null;
    const given = country ? null : entity.location?.point;
    const anchor =
      given ?? feature?.anchor ?? world.points.get(iso3 ?? '') ?? world.points.get(numeric ?? '');
    if (!anchor) {
      unknown.push(entity);
      continue;
    }
    const place: Place = {
      entity,
      feature: country ? feature : null,
      point: country && feature ? null : anchor,
      anchor,
      labelAt: (country && feature?.label) || anchor,
      offset: [0, 0],
    };
    places.set(entity.id, place);
    const key = anchor.join();
    shared.set(key, [...(shared.get(key) ?? []), place]);
  }
  // Actors that are not countries, sharing an anchor (with each other or a country), sit on a
  // small ring around it.
  for (const group of shared.values()) {
    const actors = group.filter((p) => p.entity.kind !== 'country');
    if (group.length < 2) continue;
    actors.forEach((p, i) => {
      const a = (2 * Math.PI * i) / actors.length - Math.PI / 2;
      p.offset = [Math.round(RING * Math.cos(a)), Math.round(RING * Math.sin(a))];
    });
  }
  const markOf = new Map<string, string>();
  for (const [id, mark] of at) if (places.has(mark)) markOf.set(id, mark);
  return { places, markOf, unknown };
}
