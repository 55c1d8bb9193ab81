import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { defaultDataset, indexDataset } from '../src/index.js';
import { claimsTable, relationClaim, renderTable, speakerWords } from '../src/table.js';
import type { Claim, Dataset, DataTable } from '../src/index.js';

const name = (id: string) => indexDataset(defaultDataset).entities.get(id)?.name ?? id;
const withUrl: Dataset = {
  ...defaultDataset,
  source: { ...defaultDataset.source, url: 'https://example.org/story' },
};

/** Draws a table the way a component does: `renderTable` again on each `requestUpdate`. */
async function mount(table: DataTable) {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  const host = { requestUpdate: () => render(renderTable(host, table), el) };
  host.requestUpdate();
  return el;
}
const column = (el: Element, i: number) =>
  [...el.querySelectorAll('tbody tr')].map((r) => r.children[i]!.textContent!.trim());
const header = (el: Element, i: number) => el.querySelectorAll('thead th')[i] as HTMLTableCellElement;

describe('claims table', () => {
  const table = claimsTable(
    withUrl,
    'Claims',
    withUrl.relations.map((r) => relationClaim(withUrl, r, name)),
    { name },
  );

  it('lists every claim with who says it, certainty, polarity, time, note and its sentence', () => {
    expect(table.columns).to.deep.equal([
      'Claim',
      'Who says it',
      'Certainty',
      'Polarity',
      'When',
      'Note',
      'Sentence',
    ]);
    expect(table.rows).to.have.length(withUrl.relations.length);
    const words = table.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.text)));
    // Each kind of speaker reads as the reader should hear it.
    const said = new Set(words.map((r) => r[1]));
    expect([...said]).to.include.members(['the article', 'according to some reports']);
    expect(
      [...said].some((w) => / argues$/.test(w!)),
      'an opinion is argued',
    ).to.equal(true);
    expect(words.filter((r) => r[3] === 'negative: did not happen').length).to.equal(
      withUrl.relations.filter((r) => r.polarity === 'negative').length,
    );
    const timed = withUrl.relations.filter((r) => r.time?.text);
    expect(words.filter((r) => r[4]).length).to.equal(timed.length);
    for (const r of withUrl.relations.filter((r) => r.note))
      expect(words.some((w) => w[5] === r.note)).to.equal(true);
  });

  it('says who said a claim: a quoted speaker, a report, an argument, the article, outside knowledge', () => {
    const claim: Claim = { certainty: 'asserted', basis: 'article', evidence: [] };
    const lavrov = withUrl.entities.find((e) => e.kind === 'person')!;
    expect(speakerWords(withUrl, claim)).to.equal('the article');
    expect(speakerWords(withUrl, { ...claim, basis: 'outside' })).to.equal('outside knowledge †');
    expect(speakerWords(withUrl, { ...claim, attribution: { speaker: lavrov.id, mode: 'quote' } })).to.equal(
      `${lavrov.name} said`,
    );
    expect(speakerWords(withUrl, { ...claim, attribution: { description: 'some reports' } })).to.equal(
      'according to some reports',
    );
    expect(
      speakerWords(withUrl, { ...claim, certainty: 'opinion', attribution: { description: 'the author' } }),
    ).to.equal('the author argues');
  });

  it('sorts by a column on click or Enter, the other way on the next, and says so with aria-sort', async () => {
    const el = await mount(table);
    const certainty = header(el, 2);
    expect(certainty.hasAttribute('aria-sort')).to.equal(false);
    certainty.querySelector('button')!.click();
    expect(certainty.getAttribute('aria-sort')).to.equal('ascending');
    const firm = column(el, 2);
    expect(firm[0]).to.equal('asserted');
    expect(firm.at(-1)).to.equal('possible, not happened');
    // By keyboard: the header's button takes focus and Enter sorts the other way.
    certainty.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(certainty.getAttribute('aria-sort')).to.equal('descending');
    expect(column(el, 2)[0]).to.equal('possible, not happened');
    // Sorting by time puts dated claims in date order.
    header(el, 4).querySelector('button')!.click();
    expect(certainty.hasAttribute('aria-sort')).to.equal(false);
    const dates = withUrl.relations
      .filter((r) => r.time?.start)
      .sort((a, b) => a.time!.start!.value.localeCompare(b.time!.start!.value))
      .map((r) => r.time!.text);
    const shown = column(el, 4).filter((t) => dates.includes(t));
    expect(shown).to.deep.equal(dates);
  });

  it("filters to one actor's claims (as source, target or speaker) and counts them", async () => {
    const el = await mount(table);
    const select = el.querySelector('select')!;
    expect(select.closest('label')!.textContent).to.contain('Actor');
    expect(el.querySelector('[role="status"]')!.textContent).to.equal(
      `${withUrl.relations.length} of ${withUrl.relations.length} claims`,
    );
    const speaker = withUrl.relations.find((r) => r.attribution?.speaker)!.attribution!.speaker!;
    select.value = speaker;
    select.dispatchEvent(new Event('change'));
    const involved = withUrl.relations.filter(
      (r) => r.source === speaker || r.target === speaker || r.attribution?.speaker === speaker,
    );
    expect(el.querySelectorAll('tbody tr').length).to.equal(involved.length);
    expect(el.querySelector('[role="status"]')!.textContent).to.equal(
      `${involved.length} of ${withUrl.relations.length} claims`,
    );
    await expect(el).to.be.accessible();
  });

  it('links each quote to its very sentence, and only over http(s)', async () => {
    const el = await mount(table);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('tbody a')];
    const quotes = links.filter((a) => a.textContent!.startsWith('“'));
    expect(quotes.length).to.equal(withUrl.relations.reduce((n, r) => n + r.evidence.length, 0));
    for (const a of quotes) expect(a.href).to.match(/^https:\/\/example\.org\/story#:~:text=/);
    // Outside knowledge links to its citation, marked †.
    const cited = links.filter((a) => a.textContent!.endsWith('†'));
    expect(cited.length).to.be.greaterThan(0);
    for (const a of cited) expect(a.protocol).to.equal('https:');
    const unsafe = claimsTable(
      { ...withUrl, source: { ...withUrl.source, url: 'javascript:alert(1)' } },
      'Unsafe',
      withUrl.relations
        .filter((r) => !r.citations?.length)
        .slice(0, 3)
        .map((r) => relationClaim(withUrl, r, name)),
      { name },
    );
    const plain = await mount(unsafe);
    expect(plain.querySelectorAll('a').length).to.equal(0);
    expect(plain.querySelector('tbody td:last-child')!.textContent).to.match(/\(sentence \d+\)/);
  });
});
