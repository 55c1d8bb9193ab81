/**
 * A share inside a share: a series whose whole is the value of one entity in another series
 * (`within: {series, entity}`). Core's validation drops a `within` that names no series and
 * refuses one that loops; what is left to check here is that the parent series has a value
 * for the entity, without which the whole is unknown and the series is refused.
 *
 * @module
 */
import { msg } from '@nutgraf/core';
import type { Series } from '@nutgraf/core';
import { nameOf } from './layout.js';
import type { ParentShare } from './layout.js';
import './messages.js';

/**
 * The parent value `series` divides, `undefined` when it is not inside a share, or a message
 * saying why it cannot be drawn honestly (in `lang`).
 */
export function parentShare(
  list: Series[],
  series: Series,
  names: Map<string, string>,
  lang = 'en',
): ParentShare | string | undefined {
  const { within } = series;
  if (!within) return undefined;
  const parent = list.find((s) => s.id == within.series);
  const value = parent?.values.find((v) => v.entity == within.entity);
  return parent && value && parent != series
    ? { series: parent, value, name: nameOf(value, names) }
    : msg(
        'donut.noParent',
        { title: series.title, entity: within.entity, series: parent?.title ?? within.series },
        lang,
      );
}
