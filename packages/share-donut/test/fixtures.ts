/**
 * Datasets for the donut's tests and stories. The default dataset with its share series
 * replaced (figures other than the article's ~80% are illustrative and say so), and small
 * self-written datasets of other shapes: a physical unit without a total, a stated remainder,
 * a share inside a share, the dataset's own words.
 */
import { defaultDataset } from '@nutgraf/core';
import type { Dataset, Entity, Evidence, Series, SeriesValue } from '@nutgraf/core';

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
  // The bundled dataset's words are for its own series.
  delete base.presentation;
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
      share(undefined, 'Not specified', 9, { remainder: 'unspecified', basis: 'computed' }),
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

const QUOTES = [
  'Alpha shipped about 2.9 bcm to the port last year, the operator said.',
  'Beta added 1.1 bcm.',
  'The rest, about 0.6 bcm, came as cargoes by sea.',
  'Alpha holds about 80 percent of the market.',
  'Within Alpha, the Delta unit carries 60 percent and Epsilon 25 percent.',
];

/** A quote of the self-written test text, as evidence. */
const evidence = (quote: string, i: number): Evidence => ({
  id: `ev-${i}`,
  quote,
  sentence: i,
  start: QUOTES.slice(0, i).join(' ').length + (i ? 1 : 0),
  end: QUOTES.slice(0, i + 1).join(' ').length,
  subhead: false,
  selector: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
});

const entity = (id: string, name: string, kind: Entity['kind'] = 'company'): Entity => ({
  id,
  kind,
  name,
  certainty: 'asserted',
  basis: 'article',
  evidence: [],
});

/** A value from the test text, quoted as sentence `ev` (0-based). */
export const quoted = (
  entityId: string | undefined,
  label: string,
  value: number,
  ev: number,
  extra: Partial<SeriesValue> = {},
): SeriesValue => share(entityId, label, value, { basis: 'article', evidence: [`ev-${ev}`], ...extra });

/** A small self-written dataset with no story of ours in it: companies Alpha … Epsilon. */
export function testDataset(series: Series[], extra: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 2,
    id: 'donut-test',
    title: 'Donut test (self-written)',
    offsetUnit: 'codepoint',
    source: {
      name: 'Test text (self-written, unpublished)',
      title: null,
      byline: null,
      date: null,
      url: 'https://example.org/test-text',
      language: 'en',
      sha256: '0'.repeat(64),
      sentenceCount: QUOTES.length,
      selfWritten: true,
    },
    relationTypes: [],
    groupings: [],
    entities: [
      entity('alpha', 'Alpha'),
      entity('beta', 'Beta'),
      entity('delta', 'Delta'),
      entity('epsilon', 'Epsilon'),
      entity('omega', 'Omega Grid', 'organisation'),
    ],
    relations: [],
    series,
    evidence: QUOTES.map(evidence),
    citations: [],
    ...extra,
  };
}

/** Volumes in billion cubic metres with no total; the source states who holds the rest. */
export const bcmSeries = (extra: Partial<Series> = {}): Series => ({
  id: 'volumes',
  title: 'Volumes by origin',
  measure: 'the port’s imports',
  unit: 'bcm',
  unitName: 'billion cubic metres',
  values: [
    quoted('alpha', 'Alpha', 2.9, 0, {
      approximate: true,
      attribution: { speaker: 'omega', mode: 'paraphrase' },
    }),
    quoted('beta', 'Beta', 1.1, 1),
    quoted(undefined, 'Cargoes by sea', 0.6, 2, { approximate: true, remainder: 'stated' }),
  ],
  ...extra,
});

/** A physical unit without a total, and a stated remainder. */
export const bcmNoTotal = () => testDataset([bcmSeries()]);

/** A percent series with a total: the rest is computed and not specified. */
export const percentWithTotal = () =>
  testDataset([
    {
      id: 'market',
      title: 'Market shares',
      measure: 'the market',
      unit: 'percent',
      total: 100,
      values: [quoted('alpha', 'Alpha', 80, 3, { approximate: true }), share('beta', 'Beta', 5)],
    },
  ]);

/** A share inside a share: Alpha's part of the market, divided among its units. */
export const withinSeries = (entityId = 'alpha') =>
  testDataset(
    [
      percentWithTotal().series[0]!,
      {
        id: 'units',
        title: 'Alpha’s units',
        measure: 'Alpha’s sales',
        unit: 'percent',
        total: 100,
        within: { series: 'market', entity: entityId },
        values: [quoted('delta', 'Delta', 60, 4), quoted('epsilon', 'Epsilon', 25, 4)],
      },
    ],
    { presentation: { share: { series: 'units' } } },
  );

/** A share inside a share in a physical unit and without a total: the parent's value is the whole. */
export const withinVolume = () =>
  testDataset([
    bcmSeries(),
    {
      id: 'alpha-routes',
      title: 'Alpha’s volumes by route',
      measure: 'Alpha’s shipments',
      unit: 'bcm',
      within: { series: 'volumes', entity: 'alpha' },
      values: [share('delta', 'Delta', 2), share('epsilon', 'Epsilon', 0.5)],
    },
  ]);

/** The dataset's own words for the donut. */
export const withPresentation = () =>
  testDataset([bcmSeries()], {
    presentation: {
      share: {
        heading: 'Where the port’s gas came from',
        dek: 'In billion cubic metres; the operator gave no total.',
        summary: 'Alpha supplied most of the port’s gas.',
        notes: ['Preliminary figures.'],
        series: 'volumes',
      },
    },
  });
