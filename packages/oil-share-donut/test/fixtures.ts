/**
 * Datasets for the donut's tests and stories. The default dataset with its share series
 * replaced; figures other than the article's ~80% are illustrative and say so.
 */
import { defaultDataset } from '@nutgraf/core';
import type { Dataset, Entity, Series, SeriesValue } from '@nutgraf/core';

const COUNTRIES: [string, string, string][] = [
  ['india', 'India', 'IN'],
  ['japan', 'Japan', 'JP'],
  ['south-korea', 'South Korea', 'KR'],
  ['turkey', 'Turkey', 'TR'],
  ['syria', 'Syria', 'SY'],
  ['uae', 'United Arab Emirates', 'AE'],
  ['italy', 'Italy', 'IT'],
  ['spain', 'Spain', 'ES'],
  ['greece', 'Greece', 'GR'],
  ['malaysia', 'Malaysia', 'MY'],
  ['iraq', 'Iraq', 'IQ'],
];

/** A share value; illustrative values are outside knowledge with no evidence. */
export function share(
  entity: string | undefined,
  label: string,
  value: number,
  extra: Partial<SeriesValue> = {},
): SeriesValue {
  return {
    ...(entity ? { entity } : {}),
    label,
    value,
    approximate: false,
    certainty: 'asserted',
    basis: 'outside',
    evidence: [],
    ...extra,
  };
}

/** The default dataset with `series` as its only series (plus illustrative country entities). */
export function withSeries(series: Partial<Series> & { values: SeriesValue[] }): Dataset {
  const base = structuredClone(defaultDataset);
  const have = new Set(base.entities.map((e) => e.id));
  const extra: Entity[] = COUNTRIES.filter(([id]) => !have.has(id)).map(([id, name, iso2]) => ({
    id,
    kind: 'country',
    name,
    iso2,
    basis: 'outside',
    certainty: 'asserted',
    evidence: [],
  }));
  return {
    ...base,
    entities: [...base.entities, ...extra],
    series: [
      {
        id: 'illustrative',
        title: 'Illustrative shares',
        measure: 'Iran\u2019s oil exports',
        unit: 'percent',
        total: 100,
        ...series,
      },
    ],
  };
}

/** The article's series as bundled. */
export const articleSeries = (): Series => structuredClone(defaultDataset.series[0]!);

const china = (value = 80) =>
  share('china', 'China', value, {
    approximate: true,
    basis: 'article',
    evidence: articleSeries().values[0]!.evidence,
  });

/** A second series passed as data: illustrative shares of another measure. */
export const otherSeries = () =>
  withSeries({
    id: 'arms-imports',
    title: 'Illustrative: where a country buys its arms',
    measure: 'its arms imports',
    values: [
      share('china', 'China', 46),
      share('india', 'India', 31),
      share('turkey', 'Turkey', 14),
      share(undefined, 'Not specified', 9, { remainder: true, basis: 'computed' }),
    ],
  });

/** Eleven buyers: more than 8 slices, so the smallest are grouped. */
export const manySlices = () =>
  withSeries({
    title: 'Illustrative: many buyers',
    values: [
      china(40),
      share('india', 'India', 14),
      share('japan', 'Japan', 10),
      share('south-korea', 'South Korea', 9),
      share('turkey', 'Turkey', 7),
      share('syria', 'Syria', 6),
      share('uae', 'United Arab Emirates', 5),
      share('italy', 'Italy', 3),
      share('spain', 'Spain', 2.5),
      share('greece', 'Greece', 2),
      share('malaysia', 'Malaysia', 1.5),
    ],
  });

/** Shares that add up to 90%: a tenth is not accounted for. */
export const sumBelow = () =>
  withSeries({
    title: 'Illustrative: shares that add up to 90%',
    values: [china(70), share('india', 'India', 12), share('turkey', 'Turkey', 8)],
  });

/** Shares that add up to 112%: more than the whole. */
export const sumAbove = () =>
  withSeries({
    title: 'Illustrative: shares that add up to 112%',
    values: [china(80), share('india', 'India', 20), share('turkey', 'Turkey', 12)],
  });

/** A tiny slice (0.2%) among large ones. */
export const tinySlice = () =>
  withSeries({
    title: 'Illustrative: a tiny share',
    values: [china(80), share('india', 'India', 19.8), share('malaysia', 'Malaysia', 0.2)],
  });

/** A bad value in one entry. */
export const badValue = (value: unknown) =>
  withSeries({
    title: 'Illustrative: a bad value',
    values: [china(80), { ...share('india', 'India', 0), value: value as number }],
  });

/** An entry with no value at all. */
export const missingValue = () => {
  const ds = badValue(0);
  delete (ds.series[0]!.values[1] as Partial<SeriesValue>).value;
  return ds;
};
