import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html as litHtml } from 'lit';
import { safeParse } from 'valibot';
import { issuePath } from '../src/dataset/messages.js';
import { DatasetSchema } from '../src/dataset/schema.js';
import type { ValidationResult } from '../src/dataset/validate.js';
import {
  STEPPED_FROM,
  formatProblems,
  validateDataset,
  validateSoon,
  validationSteps,
} from '../src/dataset/validate.js';
import type { Dataset } from '../src/index.js';
import { NutgrafElement } from '../src/index.js';
import data from '../src/default-dataset.json' with { type: 'json' };

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break datasets on purpose */

/**
 * The default dataset `copies` times over, every id but evidence and citations suffixed, so
 * that it has `copies` × as many entities and relations, all of them valid.
 */
function big(copies: number): any {
  const d: any = structuredClone(data);
  const own = (id: string, j: number) => `${id}~${j}`;
  const entities: any[] = [];
  const relations: any[] = [];
  for (let j = 0; j < copies; j++) {
    for (const e of d.entities)
      entities.push({
        ...e,
        id: own(e.id, j),
        ...(e.affiliation ? { affiliation: own(e.affiliation, j) } : {}),
      });
    for (const r of d.relations)
      relations.push({ ...r, id: own(r.id, j), source: own(r.source, j), target: own(r.target, j) });
  }
  // Groupings, series and pinned places name the first copy's entities.
  const first = (id: string) => own(id, 0);
  for (const g of d.groupings) {
    if (g.from) g.from.target = first(g.from.target);
    for (const m of g.members ?? []) m.entity = first(m.entity);
  }
  for (const s of d.series) {
    if (s.of) s.of = first(s.of);
    for (const x of s.values) if (x.entity) x.entity = first(x.entity);
  }
  for (const e of [...entities, ...relations])
    if (e.attribution?.speaker) e.attribution.speaker = first(e.attribution.speaker.split('~')[0]);
  const pinned = d.presentation?.network?.positions;
  if (pinned)
    d.presentation.network.positions = Object.fromEntries(
      Object.entries(pinned).map(([id, p]) => [first(id), p]),
    );
  return { ...d, entities, relations };
}

const paths = (result: ValidationResult) => (result.ok ? [] : result.problems.map((p) => p.path));

describe('validateSoon: a big dataset is checked in slices', () => {
  it('gives the same dataset as the schema checking the whole at once', async () => {
    const input = big(40);
    expect(input.entities.length + input.relations.length).to.be.greaterThan(STEPPED_FROM);
    const soon = validateSoon(input);
    expect(soon).to.be.instanceOf(Promise);
    const result = await soon;
    expect(result.ok, result.ok ? '' : formatProblems(result.problems)).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.deep.equal([]);
    const whole = safeParse(DatasetSchema, input);
    expect(whole.success).to.equal(true);
    expect(result.dataset).to.deep.equal(whole.output);
    expect(result.dataset.entities).to.have.length(40 * data.entities.length);
  });

  it('reports each problem at the path the whole check gives, in items deep in a list', async () => {
    const input = big(40);
    const last = input.entities.length - 1;
    input.entities[last].kind = 'planet';
    input.entities[700].name = '';
    delete input.relations[1999].source;
    input.relations[5].evidence = 'ev-1';
    input.title = 5;
    input.entities[3].colour = 'red';
    const result = await validateSoon(input);
    const whole = safeParse(DatasetSchema, input);
    expect(whole.success).to.equal(false);
    const expected = whole.issues!.map((issue) => issuePath(issue.path));
    expect(paths(result).filter((p) => p !== '$.entities[3].colour')).to.have.members(expected);
    expect(paths(result)).to.include.members([
      `$.entities[${last}].kind`,
      '$.entities[700].name',
      '$.relations[1999].source',
      '$.relations[5].evidence',
      '$.title',
      '$.entities[3].colour',
    ]);
    expect(result).to.deep.equal(validateDataset(input));
  });

  it('says once that a list stands where an item object belongs', async () => {
    const input = big(40);
    input.entities[1234] = ['not', 'an', 'object'];
    const result = await validateSoon(input);
    expect(result.ok ? [] : result.problems).to.deep.include({
      path: '$.entities[1234]',
      message: 'must be an object, not a list',
    });
    expect(paths(result).filter((p) => p.startsWith('$.entities[1234]'))).to.have.length(1);
  });

  it('says what is wrong with a list where a field of the dataset is not a list', async () => {
    const input = big(40);
    input.source = [];
    input.title = ['a title'];
    const result = await validateSoon(input);
    expect(result.ok ? [] : result.problems).to.deep.include({
      path: '$.source',
      message: 'must be an object, not a list',
    });
    expect(paths(result)).to.include('$.title');
    expect(paths(result)).not.to.include('$');
  });

  it('finds broken references in slices too', async () => {
    const input = big(40);
    input.relations[2100].evidence = ['nowhere'];
    input.entities[900].id = input.entities[899].id;
    const result = await validateSoon(input);
    expect(paths(result)).to.include.members(['$.relations[2100].evidence[0]', '$.entities[900].id']);
  });

  it('yields at least once every 64 items, so no slice has to run long', () => {
    const input = big(40);
    const items = input.entities.length + input.relations.length;
    const steps = validationSteps(input);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).to.be.at.least(Math.floor(items / 64));
  });

  it('checks a small dataset at once, and stops an aborted check', async () => {
    const small = validateSoon(structuredClone(data));
    expect(small).not.to.be.instanceOf(Promise);
    expect((small as ValidationResult).ok).to.equal(true);

    const abort = new AbortController();
    let settled = false;
    void (validateSoon(big(80), abort.signal) as Promise<ValidationResult>).then(() => (settled = true));
    abort.abort();
    const other = await validateSoon(big(80));
    expect(other.ok).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).to.equal(false);
  });
});

class StepsChart extends NutgrafElement {
  static override tagName = 'steps-chart';
  protected override renderChart(dataset: Dataset): TemplateResult {
    return litHtml`<p class="chart">${dataset.entities.length} entities</p>`;
  }
}
StepsChart.define();

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('an element given a big dataset', () => {
  it('shows loading while it checks the data, then draws it', async () => {
    // A small dataset first, so that the validator is loaded and checks at once when it can.
    const small = await fixture<StepsChart>(html`<steps-chart .data=${structuredClone(data)}></steps-chart>`);
    await waitUntil(() => small.shadowRoot!.querySelector('.chart'), 'small not drawn');
    const el = await fixture<StepsChart>(html`<steps-chart .data=${big(40)}></steps-chart>`);
    expect(el.shadowRoot!.querySelector('.chart')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
    expect(text(el)).to.contain('Loading');
    await waitUntil(() => el.shadowRoot!.querySelector('.chart'), 'not drawn', { timeout: 5000 });
    expect(text(el)).to.contain(`${40 * data.entities.length} entities`);
  });

  it('shows the error naming the wrong field of a big dataset, and logs it', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const input = big(40);
      input.entities[1150].kind = 'planet';
      const el = await fixture<StepsChart>(html`<steps-chart .data=${input}></steps-chart>`);
      expect(el.shadowRoot!.querySelector('.chart')).to.equal(null);
      await waitUntil(() => text(el).includes('$.entities[1150].kind'), 'no error', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[role="alert"], .error')).to.not.equal(null);
      expect(errors.join('\n')).to.contain('$.entities[1150].kind');
    } finally {
      console.error = original;
    }
  });
});
