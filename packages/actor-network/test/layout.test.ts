import { expect } from '@open-wc/testing';
import { defaultDataset, runSteps, typeColor, validateDataset } from '@nutgraf/core';
import { fixture } from './fixtures.js';
import { buildGraph } from '../src/graph.js';
import { bendSteps, forceInput, heightFor, highlightLabels, layoutNetwork } from '../src/layout.js';
import { overlap, placeLabels } from '../src/labels.js';
import { relationSentence, summarySentence } from '../src/describe.js';
import { lcg } from '../src/random.js';
import { syntheticDataset } from '../src/synthetic.js';

function overlaps(
  width: number,
  memberships: 'edges' | 'grouped',
): { labels: number; total: number; out: number; hidden: number } {
  const graph = buildGraph(defaultDataset, { memberships, compact: width < 480 });
  const height = heightFor(width);
  const m = layoutNetwork(graph, width, height);
  let labels = 0;
  let out = 0;
  // A label with no free place is hidden (shown while its node is highlighted).
  const hidden = m.nodes.filter((n) => !n.label.visible).length;
  const nodeBoxes = m.nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r }));
  m.nodes.forEach((n, i) => {
    if (!n.label.visible) return;
    const b = n.label.box;
    if (b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height) out++;
    m.nodes.forEach((o, j) => {
      if (j > i && o.label.visible && overlap(b, o.label.box)) labels++;
    });
    nodeBoxes.forEach((o) => {
      if (overlap(b, o)) labels++;
    });
  });
  return { labels, total: m.nodes.length, out, hidden };
}

describe('actor-network layout', () => {
  it('the LCG is seeded and stable', () => {
    const a = lcg(42);
    const b = lcg(42);
    const xs = [a(), a(), a()];
    expect(xs).to.deep.equal([b(), b(), b()]);
    expect(xs[0]).to.be.closeTo(0.2523, 0.0001);
  });

  it('gives the same positions on every run (seeded, fixed tick count)', () => {
    const graph = buildGraph(defaultDataset);
    const a = layoutNetwork(graph, 800, 560).nodes.map((n) => [n.x, n.y]);
    const b = layoutNetwork(buildGraph(defaultDataset), 800, 560).nodes.map((n) => [n.x, n.y]);
    expect(a).to.deep.equal(b);
    const c = layoutNetwork(graph, 800, 560, { seed: 2 }).nodes.map((n) => [n.x, n.y]);
    expect(c).to.not.deep.equal(a);
  });

  for (const width of [320, 375, 800, 1280])
    for (const mode of ['edges', 'grouped'] as const)
      it(`labels nearly every node at ${width} px (${mode}) without overlapping nodes or each other, inside the box`, () => {
        const r = overlaps(width, mode);
        expect(r.labels).to.equal(0);
        expect(r.out).to.equal(0);
        expect(r.hidden).to.be.at.most(Math.floor(r.total / 10));
      });

  it("lists each related pair of nodes once in the graph's links, one typed array of ends", () => {
    const data = syntheticDataset(300, 900);
    const graph = buildGraph(data, { memberships: 'edges', compact: false });
    expect(graph.links).to.be.instanceOf(Uint32Array);
    const seen = new Set<string>();
    for (let k = 0; k < graph.links.length; k += 2) {
      const [s, t] = [graph.links[k]!, graph.links[k + 1]!];
      expect(s).to.not.equal(t);
      const key = [s, t].sort((a, b) => a - b).join();
      expect(seen.has(key), `pair ${key} once`).to.equal(false);
      seen.add(key);
    }
    const related = new Set(
      data.relations
        .map((r) => [graph.index.get(r.source)!, graph.index.get(r.target)!])
        .filter(([s, t]) => s !== t)
        .map((pair) => pair.sort((a, b) => a - b).join()),
    );
    expect([...seen].sort()).to.deep.equal([...related].sort());
  });

  it('keeps every node inside the box', () => {
    const graph = buildGraph(defaultDataset, { compact: true });
    const m = layoutNetwork(graph, 320, heightFor(320));
    for (const n of m.nodes) {
      expect(n.x).to.be.within(n.r, 320 - n.r);
      expect(n.y).to.be.within(n.r, m.height - n.r);
    }
  });

  it('placeLabels avoids nodes and earlier labels, and hides when told to', () => {
    const reqs = [
      { id: 'a', x: 50, y: 50, r: 5, width: 40, height: 14, priority: 2 },
      { id: 'b', x: 150, y: 50, r: 5, width: 40, height: 14, priority: 1 },
    ];
    const [a, b] = placeLabels(reqs, { width: 300, height: 100 });
    expect(a!.anchor).to.equal('start');
    expect(overlap(a!.box, b!.box)).to.equal(false);
    const rtl = placeLabels(reqs, { width: 300, height: 100, rtl: true });
    expect(rtl[0]!.anchor).to.equal('end');
    const crowded = placeLabels(
      [
        { id: 'a', x: 10, y: 10, r: 8, width: 80, height: 14, priority: 1 },
        { id: 'b', x: 12, y: 12, r: 8, width: 80, height: 14, priority: 0 },
      ],
      { width: 30, height: 30, hideOnCollision: true },
    );
    expect(crowded.some((l) => !l.visible)).to.equal(true);
  });

  it("grouped: the dataset's groupings become groups; frozen, former and invited members stay edges", () => {
    const g = buildGraph(defaultDataset, { memberships: 'grouped' });
    const froms = defaultDataset.groupings.map((x) => x.from!);
    expect(g.groups.map((x) => x.id).sort()).to.deep.equal(froms.map((f) => f.target).sort());
    const type = froms[0]!.type;
    const kept = g.edges.filter((e) => e.type === type).map((e) => e.status);
    expect(kept.sort()).to.deep.equal(['former', 'frozen', 'invited']);
    expect(g.grouped.every((e) => e.type === type && (e.status ?? 'active') === 'active')).to.equal(true);
    // The same type with no grouping naming it stays an edge: nothing hangs on a type's id.
    const none = buildGraph({ ...defaultDataset, groupings: [] }, { memberships: 'grouped' });
    expect(none.groups).to.have.length(0);
    expect(none.edges.filter((e) => e.type === type)).to.have.length(
      defaultDataset.relations.filter((r) => r.type === type).length,
    );
  });

  it('grouped: a grouping on any type id groups its full members only', () => {
    const g = buildGraph(fixture, { memberships: 'grouped' });
    expect(g.groups).to.deep.equal([
      {
        id: 'board',
        name: 'Supervisory Board',
        label: 'Supervisory Board',
        key: 'Board members',
        members: ['ed'],
        inside: ['ed'],
        leaves: [],
      },
    ]);
    expect(g.grouped.map((e) => e.id)).to.deep.equal(['r-seat']);
    expect(g.edges.map((e) => e.id)).to.include('r-seat-invited');
  });

  it('grouped: the members with no other relation are inside the area; the others are tied to it by a line', () => {
    const degree = new Map<string, number>();
    for (const r of defaultDataset.relations)
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const g = buildGraph(defaultDataset, { memberships: 'auto' });
    const groupIds = new Set(g.groups.map((x) => x.id));
    let tiedCount = 0;
    for (const group of g.groups) {
      expect(group.inside, group.id).to.deep.equal(
        group.members.filter((id) => degree.get(id) === 1 && !groupIds.has(id)),
      );
      expect(group.inside.length, group.id).to.be.greaterThan(0);
      expect(group.inside.length, group.id).to.be.lessThan(group.members.length);
      tiedCount += group.members.length - group.inside.length;
      // Nothing is folded unless asked.
      expect(group.leaves).to.deep.equal([]);
    }
    const folded = buildGraph(defaultDataset, { memberships: 'auto', collapse: true });
    for (const group of folded.groups) expect(group.leaves).to.deep.equal(group.inside);
    // The layout: the entity and its inside members pull together; tied members do not.
    const input = forceInput(g, 1280, heightFor(1280));
    g.groups.forEach((group, gi) => {
      for (const id of [group.id, ...group.inside])
        expect(input.clusters![g.index.get(id)!], id).to.equal(gi);
      for (const id of group.members)
        if (!group.inside.includes(id)) expect(input.clusters![g.index.get(id)!], id).to.equal(-1);
    });
    // The drawing: one unmarked line per tied membership, from the member to the entity.
    const model = layoutNetwork(g, 1280, heightFor(1280));
    expect(model.ties).to.have.length(tiedCount);
    for (const t of model.ties!) {
      expect(g.grouped).to.include(t.edge);
      expect([g.nodes[t.source]!.id, g.nodes[t.target]!.id]).to.deep.equal([t.edge.source, t.edge.target]);
      expect(t.mark).to.equal('none');
      expect(t.arrow).to.equal('');
    }
    // Inside members stand nearer their entity than any tied member does.
    const dist = (a: string, b: string) => {
      const p = model.nodes[g.index.get(a)!]!;
      const q = model.nodes[g.index.get(b)!]!;
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    for (const group of g.groups) {
      const near = Math.max(...group.inside.map((id) => dist(id, group.id)));
      const tied = group.members.filter((id) => !group.inside.includes(id));
      expect(near, group.id).to.be.lessThan(Math.min(...tied.map((id) => dist(id, group.id))));
    }
  });

  it('edges run the way their type flows: forward, backward (target → source), none without arrowhead, negative crossed', () => {
    const g = buildGraph(fixture);
    const m = layoutNetwork(g, 600, 420);
    const at = (id: string) => m.edges.find((e) => e.edge.id === id)!;
    const node = (id: string) => g.index.get(id);
    expect([at('r-deliver').source, at('r-deliver').target, at('r-deliver').mark]).to.deep.equal([
      node('alpha'),
      node('beta'),
      'arrow',
    ]);
    // acme buys from beta: the goods flow beta → acme.
    expect([at('r-buy').source, at('r-buy').target, at('r-buy').mark]).to.deep.equal([
      node('beta'),
      node('acme'),
      'arrow',
    ]);
    expect(at('r-talks').mark).to.equal('none');
    expect(at('r-talks').arrow).to.equal('');
    expect(at('r-refuse').mark).to.equal('cross');
    // The × stands at the middle of the line, not at an end.
    const [x, y] = at('r-refuse').arrow.slice(1).split(/[,l]/).map(Number);
    const a = m.nodes[node('beta')!]!;
    const b = m.nodes[node('alpha')!]!;
    expect(Math.hypot(x! - (a.x + b.x) / 2, y! - (a.y + b.y) / 2)).to.be.lessThan(30);
  });

  it('says a claim that did not happen with "did not", once, naming what did not happen', () => {
    const g = buildGraph(fixture);
    const names = (id: string) => g.nodes[g.index.get(id)!]!.name;
    const refuse = g.edges.find((e) => e.id === 'r-refuse')!;
    expect(relationSentence(fixture, refuse, names)).to.equal(
      'Betania, refused to deliver goods to, Alphaland, did not: delivered goods to, reported, according to an official speaking on condition of anonymity',
    );
    const { label: _, ...unlabelled } = refuse;
    expect(relationSentence(fixture, unlabelled, names)).to.equal(
      'Betania, did not: delivered goods to, Alphaland, reported, according to an official speaking on condition of anonymity',
    );
  });

  it('the same type has the same colour slot as core gives it', () => {
    expect(typeColor(fixture, 'back')).to.equal('var(--_c4)');
    expect(typeColor(fixture, 'ahead')).to.equal('var(--_c1)');
  });

  it('says a relation and the graph in words', () => {
    const g = buildGraph(defaultDataset);
    const names = (id: string) => g.nodes.find((n) => n.id === id)!.name;
    const arms = g.edges.find((e) => e.id === 'russia-iran-arms-supply')!;
    expect(relationSentence(defaultDataset, arms, names)).to.equal(
      'Russia, supplied armoured vehicles and attack helicopters to, Iran, reported, according to some reports',
    );
    const n = defaultDataset.relations.length;
    expect(summarySentence(g, n)).to.match(
      new RegExp(
        `^30 actors \\(22 countries, 6 people and 2 organisations\\) linked by ${n} relations; Iran has the most, \\d+\\.$`,
      ),
    );
  });

  it('a big graph labels the hovered node and its neighbours apart from each other', () => {
    const graph = buildGraph(syntheticDataset(300, 700), { memberships: 'edges', compact: false });
    const m = layoutNetwork(graph, 375, heightFor(375));
    expect(m.metrics.large).to.equal(true);
    const hub = m.nodes.reduce((a, b) => (b.node.degree > a.node.degree ? b : a)).index;
    const lit = [
      hub,
      ...new Set(
        m.edges.filter((e) => e.source === hub || e.target === hub).flatMap((e) => [e.source, e.target]),
      ),
    ].filter((i, k, all) => all.indexOf(i) === k);
    expect(lit.length).to.be.greaterThan(5);
    const places = highlightLabels(m, lit);
    expect(places.map((p) => p.id)).to.deep.equal(lit.map((i) => m.nodes[i]!.node.id));
    const pairs = (boxes: { x: number; y: number; width: number; height: number }[]) =>
      boxes.reduce((sum, b, i) => sum + boxes.slice(i + 1).filter((o) => overlap(b, o)).length, 0);
    // Against every label put to the right of its node, as before:
    const naive = places.map((p, k) => ({ ...p.box, x: m.nodes[lit[k]!]!.x + m.metrics.r + 3 }));
    expect(pairs(places.map((p) => p.box))).to.be.lessThan(Math.max(1, pairs(naive)));
    const hubBox = places[0]!.box;
    expect(places.slice(1).filter((p) => overlap(hubBox, p.box))).to.have.length(0);
  });

  it('fans the relations between two nodes apart by whole pixels, centred, 12 px apart up to three and 10 beyond', () => {
    for (let k = 1; k <= 6; k++) {
      // k relations from node 2 to node 5, and one back from 5 to 2 (the pair's last).
      const ends = [...Array.from({ length: k }, () => ({ source: 2, target: 5 })), { source: 5, target: 2 }];
      const bend = runSteps(bendSteps([{ source: 0, target: 1 }, ...ends], 8));
      expect(bend[0], 'a relation alone is straight').to.equal(0);
      const fan = bend.slice(1);
      const step = fan.length > 3 ? 10 : 12;
      // Measured in the pair's own direction (2 → 5): the reverse relation's offset is negated.
      const along = fan.map((b, i) => (i === k ? -b : b));
      expect(along).to.deep.equal(along.map((_, i) => (i - (fan.length - 1) / 2) * step));
      expect(fan.every(Number.isInteger), 'whole pixels').to.equal(true);
    }
    // The middle of an odd fan is straight, whichever way it runs (0, not -0).
    const odd = runSteps(
      bendSteps(
        [
          { source: 2, target: 5 },
          { source: 5, target: 2 },
          { source: 2, target: 5 },
        ],
        8,
      ),
    );
    expect(odd.map((b) => Object.is(b, 0))).to.deep.equal([false, true, false]);
  });

  it('the synthetic generator is seeded and gives valid version-2 datasets of generic types', () => {
    const a = syntheticDataset(50, 120, 3);
    expect(a.relations).to.have.length(120);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(syntheticDataset(50, 120, 3)));
    for (const d of [a, syntheticDataset(600, 1500)]) {
      const result = validateDataset(JSON.parse(JSON.stringify(d)));
      expect(result.ok && result.warnings).to.deep.equal([]);
    }
    expect(a.relationTypes.map((t) => t.id)).to.deep.equal(['t1', 't2', 't3', 't4', 't5', 't6']);
    expect(new Set(a.relationTypes.map((t) => t.direction))).to.deep.equal(
      new Set(['forward', 'backward', 'none']),
    );
    expect(a.relations.some((r) => r.polarity === 'negative')).to.equal(true);
  });
});
