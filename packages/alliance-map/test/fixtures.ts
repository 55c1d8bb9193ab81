/**
 * Small version-2 datasets of shapes the bundled story lacks, for the map's tests and
 * stories. Their text is made up for tests (`selfWritten`); every claim quotes it.
 */
import type { Dataset, Entity, Relation } from '@nutgraf/core';

/** A dataset with the fields every test dataset shares; `parts` fills in the story. */
export function testDataset(parts: Partial<Dataset> & Pick<Dataset, 'entities' | 'relations'>): Dataset {
  return {
    schemaVersion: 2,
    id: 'test',
    title: 'Test story',
    offsetUnit: 'codepoint',
    source: {
      name: 'Test article',
      title: null,
      byline: null,
      date: null,
      url: 'https://example.org/story',
      language: 'en',
      sha256: '0'.repeat(64),
      sentenceCount: 3,
      selfWritten: true,
    },
    relationTypes: [],
    groupings: [],
    series: [],
    evidence: [
      {
        id: 'e1',
        quote: 'A port state sanctioned a fishing company.',
        sentence: 0,
        start: 0,
        end: 42,
        subhead: false,
        selector: {
          type: 'TextQuoteSelector',
          exact: 'A port state sanctioned a fishing company.',
          prefix: '',
          suffix: ' Its',
        },
      },
      {
        id: 'e2',
        quote: 'Its neighbour refused to join.',
        sentence: 1,
        start: 43,
        end: 73,
        subhead: false,
        selector: {
          type: 'TextQuoteSelector',
          exact: 'Its neighbour refused to join.',
          prefix: 'company. ',
          suffix: ' Another',
        },
      },
    ],
    citations: [],
    ...parts,
  };
}

const claim = { certainty: 'asserted', basis: 'article', evidence: ['e1'] } as const;
const country = (id: string, name: string, iso3: string, isoNumeric: string, iso2: string): Entity => ({
  id,
  kind: 'country',
  name,
  iso3,
  isoNumeric,
  iso2,
  ...claim,
  evidence: ['e1'],
});

/**
 * Sanctions on a company placed by `location`: one country imposes them, two refuse or have
 * not approved (negative claims, one attributed to an anonymous official), a neighbour buys
 * from the company (a `backward` type: the arrow runs from the company), and a grouping with
 * a full member, an invited one, a predicted one and one known from outside the source.
 */
export function refusalsDataset(): Dataset {
  const rel = (
    id: string,
    type: string,
    source: string,
    target: string,
    extra: Partial<Relation> = {},
  ): Relation => ({
    id,
    type,
    source,
    target,
    ...claim,
    evidence: ['e1'],
    ...extra,
  });
  return testDataset({
    id: 'test-refusals',
    title: 'Sanctions on a fishing fleet',
    relationTypes: [
      { id: 'sanction', label: 'Sanctions', verb: 'imposed sanctions on', direction: 'forward', color: 5 },
      { id: 'support', label: 'Naval support', verb: 'provides naval support to', direction: 'forward' },
      { id: 'purchase', label: 'Fish purchases', verb: 'buys fish from', direction: 'backward' },
      { id: 'talks', label: 'Talks', verb: 'held talks with', direction: 'none' },
      { id: 'membership', label: 'Membership', verb: 'is a member of', direction: 'forward' },
    ],
    groupings: [
      {
        id: 'pact',
        label: 'Fisheries pact',
        members: [
          { entity: 'argentina', ...claim, evidence: ['e1'] },
          { entity: 'chile', status: 'invited', ...claim, evidence: ['e1'] },
          { entity: 'brazil', certainty: 'predicted', basis: 'article', evidence: ['e2'] },
          { entity: 'paraguay', certainty: 'asserted', basis: 'outside', evidence: [] },
        ],
      },
    ],
    entities: [
      country('argentina', 'Argentina', 'ARG', '032', 'AR'),
      country('uruguay', 'Uruguay', 'URY', '858', 'UY'),
      country('brazil', 'Brazil', 'BRA', '076', 'BR'),
      country('chile', 'Chile', 'CHL', '152', 'CL'),
      { ...country('paraguay', 'Paraguay', 'PRY', '600', 'PY'), basis: 'outside' },
      {
        id: 'fleet',
        kind: 'company',
        name: 'Southern Fleet Ltd',
        shortName: 'Southern Fleet',
        location: { iso3: 'PAN' },
        ...claim,
        evidence: ['e1'],
      },
      {
        id: 'buyer',
        kind: 'company',
        name: 'Harbour Foods',
        location: { point: [-56.2, -34.9] },
        ...claim,
        evidence: ['e1'],
      },
      {
        id: 'minister',
        kind: 'person',
        name: 'Ana Ruiz',
        role: 'deputy foreign minister',
        affiliation: 'uruguay',
        ...claim,
        evidence: ['e2'],
      },
    ],
    relations: [
      rel('argentina-sanctions-fleet', 'sanction', 'argentina', 'fleet', {
        note: 'The sanctions bar the fleet from ports.',
      }),
      rel('uruguay-sanctions-fleet', 'sanction', 'uruguay', 'fleet', {
        polarity: 'negative',
        label: 'refused to join the sanctions on',
        attribution: { speaker: 'minister', mode: 'quote' },
        evidence: ['e2'],
      }),
      rel('brazil-support-argentina', 'support', 'brazil', 'argentina', {
        polarity: 'negative',
        certainty: 'reported',
        attribution: { description: 'an official speaking on condition of anonymity' },
      }),
      rel('buyer-purchase-fleet', 'purchase', 'buyer', 'fleet'),
      rel('minister-talks-argentina', 'talks', 'minister', 'argentina'),
    ],
    presentation: {
      map: {
        heading: 'Who joined the sanctions',
        dek: 'One country acted; its neighbours held back.',
        summary: 'A map of a port state, its neighbours and the fleet it sanctioned.',
        notes: ['Test data, written for this map.'],
      },
    },
  });
}

/** Two companies and a person with no country or location: nothing to place. */
export function noPlacesDataset(presentation = true): Dataset {
  const entity = (id: string, kind: Entity['kind'], name: string, extra: Partial<Entity> = {}): Entity => ({
    id,
    kind,
    name,
    ...claim,
    evidence: ['e1'],
    ...extra,
  });
  return testDataset({
    id: 'test-no-places',
    relationTypes: [{ id: 'bid', label: 'Bids', verb: 'made an offer for', direction: 'forward' }],
    entities: [
      entity('bidder', 'company', 'Bidder Ltd'),
      entity('target', 'company', 'Target plc'),
      entity('chief', 'person', 'Jo Bloggs', { role: 'chief executive', affiliation: 'bidder' }),
    ],
    relations: [
      {
        id: 'bidder-bid-target',
        type: 'bid',
        source: 'bidder',
        target: 'target',
        ...claim,
        evidence: ['e1'],
      },
    ],
    ...(presentation
      ? { presentation: { map: { heading: 'The offer', dek: 'A bid between two companies.' } } }
      : {}),
  });
}

/** Two companies in two neighbouring countries and a person at one of them: few places, a lower map. */
export function fewPlacesDataset(): Dataset {
  return testDataset({
    id: 'test-few-places',
    relationTypes: [{ id: 'bid', label: 'Bids', verb: 'made an offer for', direction: 'forward' }],
    entities: [
      country('netherlands', 'Netherlands', 'NLD', '528', 'NL'),
      country('germany', 'Germany', 'DEU', '276', 'DE'),
      {
        id: 'bidder',
        kind: 'company',
        name: 'Bidder NV',
        location: { iso3: 'NLD' },
        ...claim,
        evidence: ['e1'],
      },
      {
        id: 'target',
        kind: 'company',
        name: 'Target AG',
        location: { point: [10, 53.55] },
        ...claim,
        evidence: ['e1'],
      },
      {
        id: 'chief',
        kind: 'person',
        name: 'Jo Bloggs',
        role: 'chief executive',
        affiliation: 'bidder',
        ...claim,
        evidence: ['e1'],
      },
    ],
    relations: [
      {
        id: 'bidder-bid-target',
        type: 'bid',
        source: 'bidder',
        target: 'target',
        ...claim,
        evidence: ['e1'],
      },
    ],
  });
}
