import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import type { Dataset } from '../src/index.js';
import {
  TooltipController,
  attributionWords,
  colorSlots,
  defaultDataset,
  flowEnds,
  groupMembers,
  groupingColor,
  isFullMember,
  quoteUrl,
  quotesFor,
  relationLabel,
  tooltipStyles,
  typeColor,
} from '../src/index.js';

/** A small story of another shape: two firms, one person, a refusal and a stated speaker. */
function story(): Dataset {
  const base = structuredClone(defaultDataset) as Dataset;
  const ev = base.evidence[0]!;
  const claim = { certainty: 'asserted' as const, basis: 'article' as const, evidence: [ev.id] };
  return {
    ...base,
    source: { ...base.source, url: 'https://news.example.org/story' },
    relationTypes: [
      { id: 'bid', label: 'Bids', verb: 'bid for', direction: 'forward' },
      { id: 'imports', label: 'Imports', verb: 'imports from', direction: 'backward' },
      { id: 'talks', label: 'Talks', verb: 'is in talks with', direction: 'none', color: 1 },
      { id: 'seat', label: 'Board seats', verb: 'sits on the board of', direction: 'forward' },
    ],
    groupings: [
      { id: 'board', label: 'The board', from: { type: 'seat', target: 'firm-b' } },
      {
        id: 'named',
        label: 'Named',
        members: [{ entity: 'firm-a', status: 'invited', ...claim }],
      },
    ],
    entities: [
      { id: 'firm-a', kind: 'company', name: 'Firm A', location: { iso3: 'DEU' }, ...claim },
      { id: 'firm-b', kind: 'company', name: 'Firm B', ...claim },
      { id: 'jo', kind: 'person', name: 'Jo Park', role: 'chief executive', affiliation: 'firm-a', ...claim },
    ],
    relations: [
      { id: 'r1', type: 'bid', source: 'firm-a', target: 'firm-b', ...claim },
      { id: 'r2', type: 'imports', source: 'firm-a', target: 'firm-b', ...claim },
      {
        id: 'r3',
        type: 'talks',
        source: 'firm-a',
        target: 'firm-b',
        polarity: 'negative',
        attribution: { speaker: 'jo', mode: 'quote' },
        ...claim,
      },
      { id: 'r4', type: 'seat', source: 'jo', target: 'firm-b', status: 'active', ...claim },
    ],
    series: [],
  };
}

describe('the dataset vocabulary', () => {
  it('gives each type and grouping one palette slot: named slots kept, the rest in order, none twice', () => {
    const slots = colorSlots(story());
    expect(slots.get('type:talks')).to.equal(1);
    const others = ['type:bid', 'type:imports', 'type:seat', 'grouping:board', 'grouping:named'].map((k) =>
      slots.get(k),
    );
    expect(others).to.deep.equal([2, 3, 4, 5, 6]);
    expect(typeColor(story(), 'bid')).to.equal('var(--_c2)');
    expect(groupingColor(story(), 'board')).to.equal('var(--_c5)');
    expect(typeColor(story(), 'unknown')).to.equal('var(--_neutral)');
  });

  it('rounds the palette again when a story has more types than colours', () => {
    const d = story();
    d.relationTypes = Array.from({ length: 20 }, (_, i) => ({
      id: `t${i}`,
      label: `T${i}`,
      verb: 'v',
      direction: 'none' as const,
    }));
    const slots = [...colorSlots(d).values()];
    expect(slots.slice(0, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(slots.every((s) => s >= 1 && s <= 7)).to.equal(true);
  });

  it('reads verbs, negation and flow direction from the dataset', () => {
    const d = story();
    const [bid, imports, talks] = d.relations;
    expect(relationLabel(d, bid!)).to.equal('bid for');
    expect(relationLabel(d, talks!)).to.equal('did not: is in talks with');
    expect(flowEnds(d, bid!)).to.deep.equal({ from: 'firm-a', to: 'firm-b', directed: true });
    expect(flowEnds(d, imports!)).to.deep.equal({ from: 'firm-b', to: 'firm-a', directed: true });
    expect(flowEnds(d, talks!).directed).to.equal(false);
  });

  it('says who said it', () => {
    const d = story();
    expect(attributionWords(d, { speaker: 'jo', mode: 'quote' })).to.equal('Jo Park said');
    expect(attributionWords(d, { description: 'some reports' })).to.equal('according to some reports');
    expect(attributionWords(d, undefined)).to.equal(undefined);
  });

  it('links to the very sentence with a URL text fragment, http(s) only', () => {
    const selector = {
      type: 'TextQuoteSelector' as const,
      exact: 'gas, flows-in',
      prefix: 'said that the ',
      suffix: ' fell by half',
    };
    expect(quoteUrl('https://a.example/x#top', selector)).to.equal(
      'https://a.example/x#:~:text=said%20that%20the-,gas%2C%20flows%2Din,-fell%20by%20half',
    );
    expect(quoteUrl('javascript:alert(1)', selector)).to.equal(undefined);
    expect(quoteUrl(null, selector)).to.equal(undefined);
  });

  it('resolves grouping members from relations and by name, with their status', () => {
    const d = story();
    const [board, named] = d.groupings;
    expect(groupMembers(d, board!).map((m) => [m.entity, m.relation, m.status])).to.deep.equal([
      ['jo', 'r4', 'active'],
    ]);
    const [invited] = groupMembers(d, named!);
    expect(invited!.status).to.equal('invited');
    expect(isFullMember(invited!)).to.equal(false);
    expect(isFullMember(groupMembers(d, board!)[0]!)).to.equal(true);
  });

  it('a tooltip says who said it, that it did not happen, and links to the sentence', async () => {
    const d = story();
    class Probe extends LitElement {
      static override styles = tooltipStyles;
      tip = new TooltipController(this);
      override render() {
        return litHtml`<button>mark</button>${this.tip.render()}`;
      }
    }
    customElements.define('vocabulary-probe', Probe);
    const el = await fixture<Probe>(html`<vocabulary-probe></vocabulary-probe>`);
    el.tip.show(el.shadowRoot!.querySelector('button')!, {
      title: 'Firm A',
      quotes: quotesFor(d, d.relations[2]!),
      source: 'The story',
    });
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('.tooltip')!;
    expect(tip.textContent).to.contain('did not: is in talks with').and.contain('Jo Park said');
    expect(tip.querySelector('a')!.getAttribute('href')).to.match(
      /^https:\/\/news\.example\.org\/story#:~:text=/,
    );
  });
});
