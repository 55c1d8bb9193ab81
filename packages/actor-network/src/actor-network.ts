import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Dataset, NetworkPositions } from '@nutgraf/core';
import {
  basisWords,
  capturePointer,
  certaintyWords,
  cssProps,
  HOME_VIEW,
  isNegative,
  listWords,
  NutgrafElement,
  onToolbarKey,
  PanZoom,
  quotesFor,
  relationTypeOf,
  renderDataTable,
  renderLegend,
  renderSourceNote,
  TooltipController,
  typeColor,
  typeMarker,
} from '@nutgraf/core';
import type { LegendItem, View } from '@nutgraf/core';
import { actorNetworkStyles } from './actor-network.styles.js';
import {
  actorWords,
  hub,
  negativeWords,
  nodeName,
  relationSentence,
  relationWords,
  summarySentence,
} from './describe.js';
import type { Point } from './geometry.js';
import { nodeShape } from './geometry.js';
import type { Graph, GraphEdge, MembershipMode } from './graph.js';
import { buildGraph } from './graph.js';
import type { KeyItem } from './key.js';
import { groupKey, kindKey, legendFacts, lineKey, renderKey } from './key.js';
import type { NetworkModel } from './layout.js';
import { fitPositions } from './fit.js';
import { buildModel, forceInput, heightFor, LARGE_GRAPH, metrics, revealLabel } from './layout.js';
import type { Stop } from './navigation.js';
import { isArrowKey, nextRelation, otherEnd, walkBack, walkTo } from './navigation.js';
import { pinOf } from './pins.js';
import { typeCues } from './type-cue.js';
import type { DrawPositions } from './slices.js';
import { inSlices } from './slices.js';
import './messages.js';

type BigGraph = typeof import('./big-graph.js');
/** The code only big graphs need, once a big graph has loaded it (see big-graph.ts). */
let bigGraph: BigGraph | undefined;

/** "Person, …" from "person, …". */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Nodes drawn per task on a big graph's first render (each task stays short). */
const CHUNK = 125;
/** The zoom buttons: accessible name, text, factor (0 resets the view). */
const ZOOM = [
  ['zoom.in', '+', 1.4],
  ['zoom.out', '−', 1 / 1.4],
  ['zoom.reset', '⟲', 0],
] as const;

interface Drag {
  pointer: number;
  index: number;
  startX: number;
  startY: number;
  moved: boolean;
}

/**
 * A seeded force-directed network of the dataset's actors (countries, people,
 * organisations, companies, places) and their typed relations. Words, relation kinds,
 * their colours and directions all come from the dataset (`relationTypes`, `groupings`,
 * `presentation.network`); claims that something did not happen are drawn crossed out.
 *
 * The same data gives the same picture on every load. Hover, focus or tap a node to bring
 * out its neighbours (a tap holds them until a tap elsewhere); hover a relation's line for what it
 * says (on a big graph's canvas, the line is brought out too), click or tap it to choose it;
 * drag nodes by mouse or touch; Ctrl/⌘ + wheel or a pinch zooms
 * (the plain wheel keeps scrolling the page). Keyboard: Tab enters the graph on one actor;
 * Right/Down walk along its next relation to the actor at the other end, Left/Up along the
 * previous one (mirrored in right-to-left pages), each step announced ("relation 3 of 14");
 * Backspace goes back the way the reader came; L lists the focused actor's relations;
 * Home/End go to the first/last actor; Enter or Space selects, and opens the evidence of the actor
 * or of the relation walked (quotes, who said them, certainty, source) below the graphic; Esc
 * closes it. A short list of the keys shows over the graphic while they are in use.
 *
 * Nodes the dataset pins (`presentation.network.positions`) stand where the editor put them,
 * and the layout arranges the rest. With `authoring`, a dragged node stays pinned, and a
 * "Copy positions" button copies every node's place as that field's JSON.
 *
 * @tag actor-network
 * @summary Who is tied to whom, how and how surely: a seeded, keyboard-navigable network.
 *
 * @fires {NutgrafSelectEvent} nutgraf-select - A node was clicked, tapped, or chosen with Enter/Space.
 *   `detail.entity` is its id; `detail.relation` the relation being walked, if any. Or a relation's line was
 *   clicked or tapped: `detail.relation` is its id, `detail.entity` its source.
 * @fires {NutgrafHighlightEvent} nutgraf-highlight - A node was hovered or focused (`detail.entity`), or that
 *   ended (`entity: null`). Or a relation's line was hovered: `detail.relation` is its id, `detail.entity` its
 *   source.
 *
 * @csspart title - The heading.
 * @csspart dek - The sentence under the heading, from the dataset.
 * @csspart svg - The network drawing.
 * @csspart legend - The legends (key and relation type filter).
 * @csspart caption - The source note.
 * @csspart table - The relations as a table, in a disclosure.
 * @csspart tooltip - The tooltip.
 * @csspart evidence - The evidence of the chosen mark (its quotes, who said them, certainty and source), below the graphic; Esc closes it.
 * @csspart warnings - The note listing relations that could not be drawn.
 * @csspart state - The loading, error and empty states.
 *
 * @cssprop --nutgraf-network-edge-width - Stroke width of relation lines (default 1.5px).
 * @cssprop --nutgraf-network-node-fill - Fill of country and person nodes (default the background).
 * @cssprop --nutgraf-faded-opacity - Opacity of what is not highlighted (default 0.25).
 * @cssprop --nutgraf-faded-text-opacity - Opacity of labels faded behind a highlight (default 0.62, which keeps them at 4.5:1 contrast).
 * @cssprop --nutgraf-label-size - Size of node labels (default 12px).
 */
export class ActorNetwork extends NutgrafElement {
  static override tagName = 'actor-network';

  static override styles = [...NutgrafElement.styles, actorNetworkStyles];

  static override properties = {
    ...NutgrafElement.properties,
    memberships: { type: String, reflect: true },
    types: { type: String },
    focusEntity: { type: String, attribute: 'focus' },
    seed: { type: Number },
    authoring: { type: Boolean, reflect: true },
    copied: { state: true },
    hiddenTypes: { state: true },
    model: { state: true },
    hover: { state: true },
    active: { state: true },
    step: { state: true },
    view: { state: true },
    shown: { state: true },
    expanded: { state: true },
  };

  /**
   * `auto` (the default) draws each grouping the dataset declares with a `from` as an area around the entity
   * its members join and the members with no other relation (a member with other relations keeps one thin,
   * neutral line to that entity), and below 480 px folds the members with no other relation into a count on
   * that entity ("+8"), which unfolds them on click, tap or Enter; `grouped` draws the areas and never folds;
   * `edges` draws every membership as a relation line. Members that are not full, asserted and active stay
   * relation lines.
   */
  declare memberships: MembershipMode;
  /**
   * Relation type ids shown at first, separated by spaces or commas (e.g. `"t1 t2"`); unset shows all. The
   * legend toggles them.
   */
  declare types: string | undefined;
  /** Id of an entity to centre the view on and bring out (attribute `focus`). */
  declare focusEntity: string | undefined;
  /** Seed of the layout; change it for another (equally stable) arrangement. */
  declare seed: number;
  /**
   * Authoring mode: a dragged node stays pinned where it is dropped, and a "Copy positions" button copies
   * every node's place as the JSON of `presentation.network.positions` (to the clipboard, or into a box under
   * the graphic where there is no clipboard).
   */
  declare authoring: boolean;
  /** The positions' JSON, shown to copy by hand where the clipboard is not available. */
  declare private copied: string | undefined;

  declare private hiddenTypes: ReadonlySet<string>;
  declare private model: NetworkModel | undefined;
  declare private hover: number | null;
  declare private active: number;
  declare private step: number;
  declare private view: View;
  /** Nodes drawn so far (a big graph's first render is spread over several tasks). */
  declare private shown: number;
  /** Groups whose folded members are shown (`auto` memberships on narrow widths). */
  declare private expanded: ReadonlySet<string>;

  readonly #tooltip = new TooltipController(this);
  #graph: Graph | undefined;
  #positions: Point[] = [];
  /** Nodes pinned by dragging them in authoring mode, over the dataset's pins. */
  #pins: NetworkPositions = {};
  /** Stops the running layout (in slices or, for a big graph, maybe in a worker). */
  #run: (() => void) | undefined;
  /** A big graph's positions so far, drawn cheaply until the layout settles. */
  #preview: TemplateResult | undefined;
  /** The pending load of the big-graph code, so a stale one does not start a layout. */
  #loading: object | undefined;
  #layoutKey = '';
  /**
   * A big graph's highlight as the last render saw it: nodes (the highlighted one first), relation ids, the
   * relation walked.
   */
  #lit: [number[], ReadonlySet<string>, string?] = [[], new Set()];
  #drag: Drag | undefined;
  /** Ctrl/⌘ + wheel, pinch and a mouse drag on the background, in the svg's units. */
  readonly #panZoom = new PanZoom({
    toLocal: (clientX, clientY) => this.#toLocal(clientX, clientY),
    getView: () => this.view,
    setView: (view) => (this.view = view),
    zoomRange: () => [0.5, 8],
  });
  #focusWithin = false;
  /** Nodes that are highlighted now, and the elements that carry their `on` class. */
  #onNodes = new Set<number>();
  #marked: Element[] = [];
  #scale = 1;
  #summary = '';
  #rels:
    | {
        graph: Graph;
        hidden: ReadonlySet<string>;
        visible: GraphEdge[];
        of: GraphEdge[][];
        /** {@link visible} as a set, made the first time a small graph's svg draws its edges. */
        shown?: Set<GraphEdge>;
      }
    | undefined;

  constructor() {
    super();
    this.memberships = 'auto';
    this.seed = 1;
    this.authoring = false;
    this.hiddenTypes = new Set();
    this.model = undefined;
    this.hover = null;
    this.active = -1;
    this.step = -1;
    this.view = HOME_VIEW;
    this.shown = 0;
    this.expanded = new Set();
  }

  /** True while a layout is being computed in slices (for tests and cleanup checks). */
  get layoutRunning(): boolean {
    return !!this.#run || (!!this.model && this.shown < this.model.nodes.length);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Coming back after removal: lay out again (the old run was stopped).
    if (this.hasUpdated) {
      this.#layoutKey = '';
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLayout();
    this.#drag = undefined;
    this.#panZoom.cancel();
  }

  protected override emptyReason(dataset: Dataset): string | null {
    return dataset.entities.length ? null : this.t('network.empty');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('types')) this.hiddenTypes = new Set();
    const dataset = this.status.kind === 'ready' ? this.dataset_ : undefined;
    if (!dataset) {
      this.#stopLayout();
      this.model = undefined;
      this.#graph = undefined;
      return;
    }
    // Laid out once the element's width is known: the first size arrives before the first
    // paint, and a layout for a guessed width would be thrown away (or, finished first, drawn
    // and then replaced).
    const width = this.resize.size.width;
    if (!width) return;
    const compact = width < 480;
    const graphKey = `${this.memberships}|${compact}|${this.locale.lang}`;
    // A big graph being built (#run with no graph yet) is not built again.
    const graphChanged =
      (!this.#graph && !this.#run) || this.#graphSource !== dataset || this.#graphKey !== graphKey;
    if (graphChanged) {
      // Pins dragged in authoring mode belong to their dataset.
      if (this.#graphSource !== dataset) this.#pins = {};
      this.#graphSource = dataset;
      this.#graphKey = graphKey;
      const big = dataset.entities.length > LARGE_GRAPH;
      const options = {
        memberships: this.memberships,
        lang: this.locale.lang,
        compact,
        collapse: compact,
      };
      if (big) {
        // A big graph is built in slices by the code only big graphs need (big-graph.ts, loaded
        // the first time), then laid out at the next update.
        this.#stopLayout();
        this.#graph = this.model = undefined;
        this.#layoutKey = '';
        const run = (this.#loading = {});
        const build = (module: BigGraph) => {
          bigGraph = module;
          if (this.#loading === run)
            this.#run = module.buildBigGraph(dataset, options, (graph) => {
              this.#run = undefined;
              this.#setGraph(graph);
            });
        };
        if (bigGraph) build(bigGraph);
        else
          import('./big-graph.js').then(build, (error: Error) => {
            if (this.#loading === run) this.fail(this.t('state.noCode', { error: error.message }));
          });
        return;
      }
      this.#setGraph(buildGraph(dataset, options));
    } else if (!this.#graph) {
      // A big graph still being built: laid out once it is.
      return;
    } else if (changed.has('types')) {
      this.#applyTypesAttribute();
    }
    const height = heightFor(width);
    const key = `${this.#graphKey}|${width}|${height}|${this.seed}`;
    if (key !== this.#layoutKey || graphChanged) {
      this.#layoutKey = key;
      this.#startLayout(width, height);
    }
    if (changed.has('focusEntity')) this.#centreOnFocus();
  }

  #graphSource: Dataset | undefined;
  #graphKey = '';

  /** The graph to draw, and what is said and walked from it (laid out at the next update). */
  #setGraph(graph: Graph): void {
    this.#graph = graph;
    // A big graph's frame holds a status line until it is laid out: what is under the frame can
    // wait, in two tasks each after a frame (its node and line key; then its relation types, its
    // notes, its table and the status line), rather than add to the first render on a phone.
    if (graph.nodes.length > LARGE_GRAPH) this.keysAfterFrame(2);
    this.expanded = new Set();
    this.#summary = summarySentence(graph, graph.edges.length + graph.grouped.length, this.locale.lang);
    if (this.types !== undefined) this.#applyTypesAttribute();
    this.active = hub(graph);
    this.step = -1;
  }

  #applyTypesAttribute(): void {
    const wanted = (this.types ?? '').split(/[\s,]+/).filter(Boolean);
    this.hiddenTypes = wanted.length
      ? new Set(this.#graph!.types.filter((t) => !wanted.includes(t)))
      : new Set();
  }

  // ── Layout in slices ────────────────────────────────────────────────────────────

  #startLayout(width: number, height: number): void {
    this.#stopLayout();
    const graph = this.#graph!;
    // A big graph lays out and draws with the code it was built with (big-graph.ts: Barnes–Hut
    // forces over a quadtree, a canvas).
    const m = metrics(graph.nodes.length, width);
    // Keep the previous picture (scaled by its viewBox) while a new size is laid out.
    if (this.model?.nodes.length !== graph.nodes.length) this.model = undefined;
    const pins = { ...graph.dataset.presentation?.network?.positions, ...this.#pins };
    // A big graph's input is made in a task of its own (big-graph.ts) and not kept here (60,000
    // link pairs at 20,000 nodes); a small graph's is made now.
    const make = () => forceInput(graph, width, height, this.seed, pins);
    const input = m.large ? undefined : make();
    // The model is built in a task of its own, after the last step.
    const draw: DrawPositions = (raw) => {
      this.#run = undefined;
      // (A big graph's come fitted, layout-runner.ts.)
      this.#positions = input ? fitPositions(raw, width, height, m, input.fixed) : raw;
      const done = (model: NetworkModel) => {
        this.#run = undefined;
        this.model = model;
        // A big graph counts as drawn once its canvas is (see #more).
        this.shown = m.large ? 0 : graph.nodes.length;
        if (this.focusEntity) this.#centreOnFocus();
      };
      // A big graph's model is built in slices of its own (big-model.ts).
      if (m.large)
        this.#run = bigGraph!.buildBigModel(
          graph,
          this.#positions,
          width,
          height,
          this.#modelOptions(),
          done,
        );
      else done(buildModel(graph, this.#positions, width, height, this.#modelOptions()));
    };
    // A big graph lays out in a worker where one starts (layout-runner.ts), a small one here in
    // slices (a few milliseconds in all).
    this.#run = m.large
      ? bigGraph!.runLayout(make, draw, (reason) => this.fail(this.t('state.failed', { reason })), {
          frame: { width, height, sizes: m },
          // A big graph's positions so far, on a canvas of its own: only the first render the element.
          draw: (dots) => {
            if (!this.#preview) this.requestUpdate();
            this.#preview = bigGraph!.renderPreview(
              this.renderRoot as ShadowRoot,
              dots,
              width,
              height,
              this.t('network.layout', { count: graph.nodes.length }),
            );
          },
        })
      : inSlices(input!, draw);
  }

  /** Draws a big graph on its canvases at the next frame (canvas-draw.ts). */
  #more(): void {
    const model = this.model;
    const graph = this.#graph;
    if (!model?.metrics.large || !graph) return;
    const [lit, litEdges, current] = this.#lit;
    bigGraph!.paint(
      this.renderRoot as ShadowRoot,
      {
        graph,
        model,
        view: this.view,
        visible: this.#relations().visible,
        lit,
        litEdges,
        current,
      },
      () => (this.shown = model.nodes.length),
    );
  }

  #stopLayout(): void {
    this.#run?.();
    this.#run = this.#preview = this.#loading = undefined;
  }

  // ── What is highlighted ─────────────────────────────────────────────────────────

  #indexOf(id: string | null | undefined): number {
    return (id ? this.#graph?.index.get(id) : undefined) ?? -1;
  }

  /**
   * Edges the reader can see (type filter applied), and the relations of each node the reader can walk; built
   * once per graph and filter.
   */
  #relations() {
    const graph = this.#graph!;
    let r = this.#rels;
    if (r?.graph !== graph || r.hidden !== this.hiddenTypes) {
      const hidden = this.hiddenTypes;
      const grouped = new Set(graph.grouped);
      // The graph lists each node's relations; a type filter leaves out its types' edges.
      const shows = (e: GraphEdge) => !hidden.has(e.type) || grouped.has(e);
      const [visible, of] = hidden.size
        ? [graph.edges.filter(shows), graph.relationsOf.map((list) => list.filter(shows))]
        : [graph.edges, graph.relationsOf];
      r = this.#rels = { graph, hidden, visible, of };
    }
    return r;
  }

  #highlighted(): number {
    if (this.hover !== null) return this.hover;
    if (this.#focusWithin && this.active >= 0) return this.active;
    const linked = this.#indexOf(this.linkedEntity);
    if (linked >= 0) return linked;
    return this.#indexOf(this.focusEntity);
  }

  #name = (id: string): string => this.#graph?.nodes[this.#indexOf(id)]?.name ?? id;

  // ── Rendering ───────────────────────────────────────────────────────────────────

  protected override renderChart(dataset: Dataset): TemplateResult {
    const graph = this.#graph;
    // Until the element's width is known (or a big graph is built), no summary, keys or frame:
    // drawn half-filled, the frame would move down and shrink as they came.
    if (!graph) return this.renderState('loading', this.t('network.layoutAny'));
    const model = this.model;
    const words = dataset.presentation?.network;
    const { outside } = legendFacts(graph);
    const zoom = ZOOM.map(
      ([label, text, factor], i) =>
        html`<button
          type="button"
          tabindex=${i ? -1 : 0}
          aria-label=${this.t(label)}
          @click=${() => this.#zoomBy(factor)}
        >
          ${text}
        </button>`,
    );
    const heading = words?.heading ?? this.t('network.heading');
    const { lang } = this.locale;
    // A big graph's keys, notes and table come after its first frame, in two parts (see #setGraph).
    const later = this.keysLater;
    // Breaks only inside `${…}`: the markup's static text stays as it is, with no spaces between tags.
    // prettier-ignore
    return html`<div class="root"><div class="head"><p class="title" id="title" part="title">${heading}</p>${
        words?.dek ? html`<p class="dek" part="dek">${words.dek}</p>` : nothing
      }<p class="summary" id="summary">${
        words?.summary ? html`<span class="visually-hidden">${words.summary} </span>` : nothing
      }${this.#summary}</p></div><div class="frame" @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>${
        model
          ? this.#renderSvg(model, graph)
          : this.#preview ??
            (later
              ? nothing
              : html`<div class="state" data-kind="loading" role="status">${this.t('network.layout', { count: graph.nodes.length })}</div>`)
      }${
        model ? html`<div class="zoom" role="toolbar" aria-label=${this.t('zoom')} @keydown=${onToolbarKey}>${zoom}</div>` : nothing
      }${
        this.renderHint('hint', this.t('network.hint'), this.t('network.keys'))
      }</div>${
        model ? this.#renderLabelKey(model) : nothing
      }${
        this.authoring && model ? this.#renderAuthoring() : nothing
      }${
        this.renderLive()
      }${
        later > 1 ? nothing : this.#renderLegends(graph)
      }<div class="notes">${
        later ? nothing : [
          words?.notes?.map((note) => html`<p class="note">${note}</p>`),
          this.renderWarnings(),
          renderSourceNote(dataset, { outside, lang }),
        ]
      }</div></div><div class="after">${
        later ? nothing : [
          this.#tooltip.renderPanel(),
          renderDataTable(this, () => import('./table.js'), (m) => m.dataTables(graph, heading, lang), this.t('network.table')),
        ]
      }</div>${
        this.#tooltip.render()
      }`;
  }

  /**
   * The names of the nodes labelled by a number, where a name did not fit (narrow, crowded
   * graphs), under the frame. The block's height is fixed, so the frame gives it the room and
   * the layout (set by the width alone) does not change.
   */
  #renderLabelKey(model: NetworkModel): TemplateResult | typeof nothing {
    const numbered = model.nodes.filter((n) => n.label.n).sort((a, b) => a.label.n! - b.label.n!);
    if (!numbered.length) return nothing;
    // Screen readers hear every name from the nodes themselves; this is what the eye needs.
    return html`<p class="label-key" aria-hidden="true">
      ${numbered.map(
        ({ node, label }, i) =>
          html`${i ? this.t('semicolon') : ''}<span
              ><b>${this.t('number', { n: label.n! })}</b> ${node.label}</span
            >`,
      )}
    </p>`;
  }

  /** Authoring mode's button, and the positions' JSON where the clipboard is not available. */
  #renderAuthoring(): TemplateResult {
    // prettier-ignore
    return html`<div class="authoring"><button type="button" @click=${this.#copyPositions}>${this.t('network.copy')}</button>${
      this.copied === undefined
        ? nothing
        : html`<textarea readonly rows="6" aria-label=${this.t('network.positions')} .value=${this.copied}></textarea>`
    }</div>`;
  }

  /** Copies every node's place as the JSON of `presentation.network.positions` (authoring.ts). */
  #copyPositions = (): void => {
    const model = this.model;
    const graph = this.#graph;
    if (!model || !graph) return;
    void import('./authoring.js').then(async (a) => {
      const text = a.positionsJson(
        graph.nodes.map((n) => n.id),
        this.#positions,
        model,
      );
      const copied = await a.copyText(text);
      this.copied = copied ? undefined : text;
      this.announce(this.t(copied ? 'network.copied' : 'network.copyBelow'));
    });
  };

  #renderSvg(model: NetworkModel, graph: Graph): TemplateResult {
    const hi = this.#highlighted();
    const rels = this.#relations();
    const { of } = rels;
    const on = new Set<number>();
    const onEdges = new Set<string>();
    const onHulls = new Set<string>();
    const current = this.step >= 0 ? of[this.active]?.[this.step] : undefined;
    if (hi >= 0) {
      const id = graph.nodes[hi]!.id;
      on.add(hi);
      for (const e of of[hi]!) {
        onEdges.add(e.id);
        on.add(this.#indexOf(e.source));
        on.add(this.#indexOf(e.target));
      }
      for (const g of graph.groups) {
        if (g.id !== id && !g.members.includes(id)) continue;
        onHulls.add(g.id);
        on.add(this.#indexOf(g.id));
        if (g.id === id) for (const m of g.members) on.add(this.#indexOf(m));
      }
    }
    const large = model.metrics.large;
    // Big graphs fade whole layers and draw the highlighted nodes again on top: fading
    // a thousand elements one by one costs a frame.
    this.#onNodes = large ? new Set() : on;
    // Big graphs draw on canvases (canvas-draw.ts): the svg holds only the focusable node and the hovered one.
    if (large) this.#lit = [[...on], onEdges, current?.id];
    // The shown edges as a set too, for each render to look up (built once, not at every hover).
    const shown = large ? undefined : (rels.shown ??= new Set(rels.visible));
    const edges = shown ? model.edges.filter((e) => shown.has(e.edge)) : [];
    const { k, x, y } = this.view;
    const chunks: TemplateResult[] = [];
    const a = this.active;
    for (let from = 0; from < (large ? 0 : Math.min(this.shown, model.nodes.length)); from += CHUNK) {
      const to = from + CHUNK;
      // A chunk draws again only when the model, the filter or its tab stop changes.
      chunks.push(
        guard(
          [model.nodes, of, a >= from && a < to ? a : -1],
          () =>
            svg`<g>${model.nodes
              .slice(from, to)
              .filter((n) => !n.hidden)
              .map((n) => this.#renderNode(n, model, of))}</g>`,
        ) as TemplateResult,
      );
    }
    if (large)
      for (const i of new Set([a, this.hover ?? a]))
        if (model.nodes[i]) chunks.push(this.#renderNode(model.nodes[i], model, of));
    // A claim that did not happen: a neutral line crossed by a × in its type's colour, no arrowhead.
    const lines = edges.map(
      (e) =>
        svg`<g
          class="edge certainty-${e.edge.certainty} ${e.mark === 'cross' ? 'negative' : ''} ${onEdges.has(e.edge.id) ? 'on' : ''} ${current?.id === e.edge.id ? 'current' : ''}"
          data-edge=${e.edge.id}
          ${cssProps({ color: typeColor(graph.dataset, e.edge.type) })}><path class="line certainty-${e.edge.certainty}" d=${e.d}></path><path class="arrow" d=${e.arrow}></path><path class="hit" d=${e.d}></path>${
            e.mark === 'cross'
              ? nothing
              : svg`<path class="type-marker" d=${this.#marker(graph, e.edge.type)} transform="translate(${e.mid!.x} ${e.mid!.y})"></path>`
          }</g>`,
    );
    // A member with other relations keeps its membership as one quiet line to its group's entity.
    const ties = (large ? [] : (model.ties ?? [])).map(
      (e) =>
        svg`<g class="tie ${onEdges.has(e.edge.id) ? 'on' : ''} ${current?.id === e.edge.id ? 'current' : ''}" data-edge=${e.edge.id}><path class="line" d=${e.d}></path><path class="hit" d=${e.d}></path></g>`,
    );
    const view = `translate(${x} ${y}) scale(${k})`;
    // Every label drawn has a place: a visible resting one, or one from highlightLabels.
    const label = ({ node, index, label: l }: NetworkModel['nodes'][number], cls: string) =>
      svg`<text
        class="label ${graph.groups.some((g) => g.id === node.id) ? 'group' : ''} ${l.n ? 'number' : ''} ${cls}"
        data-label=${index}
        x=${l.x}
        y=${l.y}
        text-anchor=${l.anchor}>${l.n ? this.t('number', { n: l.n }) : node.label}</text>`;
    const labels = large
      ? bigGraph!.labelled(model, this.#lit[0], this.#modelOptions(), label)
      : [
          // One with no place at rest shows its number where one fits (the key names it).
          ...model.nodes
            .filter((n) => n.label.visible || (n.label.n && n.index !== hi))
            .map((n) => label(n, on.has(n.index) ? 'on' : '')),
          // A label with no place at rest shows while its node is highlighted.
          ...(hi >= 0 && !model.nodes[hi]!.label.visible
            ? [label({ ...model.nodes[hi]!, label: revealLabel(model, hi, this.#modelOptions()) }, 'on')]
            : []),
        ];
    // Lines go under the nodes, so a tap on a node reaches it and not a line passing over it.
    // prettier-ignore
    return html`${large ? bigGraph!.renderCanvases(hi >= 0) : nothing}<svg
      class="chart ${large ? 'big' : hi < 0 ? '' : 'faded'} ${this.#cues(graph) ? 'cued' : ''}"
      part="svg"
      viewBox="0 0 ${model.width} ${model.height}"
      role="group"
      aria-labelledby="title"
      aria-describedby="summary hint"
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerUp}
      @pointerover=${this.#onPointerOver}
      @pointerout=${this.#onPointerOut}
      @wheel=${this.#panZoom.onWheel}
      @keydown=${this.#onKeyDown}><g transform=${view}>${
        (large ? [] : model.hulls).map(
          (h) => svg`<path class="hull ${onHulls.has(h.id) ? 'on' : ''}" d=${h.d} aria-hidden="true"></path>`,
        )
      }<g aria-hidden="true">${ties}${large ? nothing : lines}</g><g class="layer">${chunks}</g><g aria-hidden="true">${labels}</g>${
        this.#renderBadges(model, graph)
      }</g></svg>`;
  }

  /**
   * The counts of folded members, each a button that unfolds them and folds them again. Not a
   * Tab stop of its own: the graph stays one stop for its marks, and the keyboard's walk
   * unfolds a group when it reaches a folded member (see #focusNode).
   */
  #renderBadges(model: NetworkModel, graph: Graph): unknown {
    return model.badges.map((b) => {
      const group = graph.groups.find((g) => g.id === b.id)!;
      const name = this.t('network.moreMembers', {
        name: group.name,
        count: b.count,
        names: listWords(group.leaves.map(this.#name), this.locale.lang),
      });
      const { x, y, width: w, height: h } = b.box;
      // The hit area is at least 24 px square, centred on the count.
      const hw = Math.max(24, w);
      // prettier-ignore
      return svg`<g
        class="badge"
        data-group=${b.id}
        role="button"
        tabindex="-1"
        aria-expanded=${b.expanded ? 'true' : 'false'}
        aria-label=${name}
        @click=${() => this.#toggleGroup(b.id)}
        @keydown=${(e: KeyboardEvent) => this.#onBadgeKey(e, b.id)}><rect
          class="badge-hit" x=${x + w / 2 - hw / 2} y=${y + h / 2 - 12} width=${hw} height="24"></rect><rect
          class="badge-box" x=${x} y=${y} width=${w} height=${h} rx=${h / 2}></rect><text
          x=${b.text.x} y=${b.text.y} text-anchor="middle" aria-hidden="true">${
            b.expanded ? '−' : `+${this.t('number', { n: b.count })}`
          }</text></g>`;
    });
  }

  #onBadgeKey(e: KeyboardEvent, id: string): void {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    this.#toggleGroup(id);
  }

  /** The model's options: reading direction and the groups whose members are unfolded. */
  #modelOptions() {
    return { rtl: this.locale.dir === 'rtl', expanded: this.expanded };
  }

  /** Unfolds a group's folded members, or folds them again (`open` forces one way). */
  #toggleGroup(id: string, open = !this.expanded.has(id)): void {
    const graph = this.#graph;
    const model = this.model;
    if (!graph || !model || open === this.expanded.has(id)) return;
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
    // A big graph's model changes only what folds (big-model.ts).
    this.model = model.metrics.large
      ? bigGraph!.refold(graph, model, next)
      : buildModel(graph, this.#positions, model.width, model.height, this.#modelOptions());
    // The tab stop never stays on a node folded away: it moves to the group's own.
    const group = graph.groups.find((g) => g.id === id);
    if (!open && group?.leaves.includes(graph.nodes[this.active]?.id ?? '')) this.active = this.#indexOf(id);
  }

  #renderNode(n: NetworkModel['nodes'][number], model: NetworkModel, of: GraphEdge[][]): TemplateResult {
    // prettier-ignore
    return svg`<g
      class="node kind-${n.node.kind} ${n.node.outside ? 'outside' : ''}"
      data-index=${n.index}
      data-entity=${n.node.id}
      role="button"
      tabindex=${n.index === this.active ? 0 : -1}
      aria-describedby=${n.index === this.active ? 'tooltip-quotes' : nothing}
      aria-label=${nodeName(n.node, of[n.index]!.length, this.locale.lang)}><circle
        class="target" cx=${n.x} cy=${n.y} r=${model.metrics.large ? 6 : 12}></circle><path
        class="shape" d=${nodeShape(n.node.kind, n.r, n.x, n.y)}></path><circle
        class="ring" cx=${n.x} cy=${n.y} r=${n.r + 4}></circle></g>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Highlighted nodes carry an `on` class set here, so hovering never redraws every node.
    for (const el of this.#marked) el.classList.remove('on');
    this.#marked = [...this.#onNodes].flatMap((i) => [
      ...this.renderRoot.querySelectorAll(`.node[data-index="${i}"]`),
    ]);
    for (const el of this.#marked) el.classList.add('on');
    this.#more();
  }

  #typeCues: [Graph, Map<string, string> | undefined] | undefined;

  /** Each drawn type's shape when types share a colour (type-cue.ts), else `undefined`. */
  #cues(graph: Graph): Map<string, string> | undefined {
    if (this.#typeCues?.[0] !== graph) this.#typeCues = [graph, typeCues(graph.dataset, graph.types)];
    return this.#typeCues[1];
  }

  /**
   * A relation type's shape: its own second cue when types share a colour, else its palette slot's (forced
   * colours).
   */
  #marker(graph: Graph, type: string): string {
    return this.#cues(graph)?.get(type) ?? typeMarker(graph.dataset, type);
  }

  #renderLegends(graph: Graph): TemplateResult {
    const dataset = graph.dataset;
    const { kinds, styles, negative, counts } = legendFacts(graph);
    const key: KeyItem[] = [
      ...kinds.map((k) => kindKey(k, this.locale.lang)),
      ...graph.groups.map((g) => groupKey(g.key, g.inside.length < g.members.length)),
    ];
    for (const [id, label] of [
      ['asserted', 'network.asserted'],
      ['reported', 'network.reported'],
      ['hypothetical', 'network.possible'],
    ] as const)
      if (styles.has(id)) key.push(lineKey(id, this.t(label)));
    if (negative) key.push(lineKey('asserted', this.t('network.negative'), true));
    const types: LegendItem[] = graph.types.map((type) => ({
      id: type,
      label: relationTypeOf(dataset, type).label,
      color: typeColor(dataset, type),
      symbol: 'line-asserted',
      marker: this.#marker(graph, type),
      active: !this.hiddenTypes.has(type),
      note: this.t('number', { n: counts.get(type) ?? 0 }),
    }));
    // The folded key says how many types are switched off (their relations hidden).
    const count = this.t('network.typeCount', { count: types.length });
    const hidden = this.hiddenTypes.size;
    // prettier-ignore
    return html`<div class="legends ${this.#cues(graph) ? 'cued' : ''}">${renderKey(key, this.t('network.key'))}${
      types.length && !this.keysLater
        ? renderLegend(types, {
            label: this.t('network.types'),
            onToggle: this.#toggleType,
            more: this.t('colon', {
              label: this.t('network.key'),
              text: hidden ? this.t('network.typesHidden', { types: count, count: hidden }) : count,
            }),
          })
        : nothing
    }</div>`;
  }

  // ── Events ──────────────────────────────────────────────────────────────────────

  #toggleType = (type: string): void => {
    const next = new Set(this.hiddenTypes);
    const wasShown = !next.delete(type);
    if (wasShown) next.add(type);
    this.hiddenTypes = next;
    const dataset = this.#graph?.dataset;
    if (dataset)
      this.announce(
        this.t(wasShown ? 'filter.off' : 'filter.on', { label: relationTypeOf(dataset, type).label }),
      );
    this.step = -1;
    this.#tooltip.hide();
  };

  #nodeIndexFrom(e: Event): number {
    const el = (e.target as Element | null)?.closest?.('[data-index]');
    return el ? Number(el.getAttribute('data-index')) : -1;
  }

  #onPointerOver = (e: PointerEvent): void => {
    const i = this.#nodeIndexFrom(e);
    if (i >= 0 && i !== this.hover && !this.#drag) {
      this.hover = i;
      this.emitHighlight(this.#graph!.nodes[i]!.id);
      this.#showNodeTooltip(i);
      return;
    }
    const edge = (e.target as Element).closest?.('[data-edge]');
    const relation = edge && !this.#drag && this.#showEdgeTooltip(edge.getAttribute('data-edge')!, edge);
    if (relation) this.emitHighlight(relation.source, relation.id);
  };

  #onPointerOut = (e: PointerEvent): void => {
    // A finger lifted leaves the tapped actor's neighbourhood shown, until a tap elsewhere.
    if (e.pointerType === 'touch') return;
    // Leaving the chart itself: what was hovered there (a big graph's canvas has no node elements).
    const i = e.target === e.currentTarget ? (this.hover ?? -1) : this.#nodeIndexFrom(e);
    const to = this.#nodeIndexFrom({ target: e.relatedTarget } as unknown as Event);
    if (i >= 0 && to !== i && this.hover === i && !this.#drag) {
      this.hover = null;
      this.emitHighlight(null);
      if (this.step < 0) this.#tooltip.hide();
    }
    // Leaving a relation's line (not for another part of it): its highlight ends.
    const edge = (e.target as Element).closest?.('[data-edge]');
    if (edge && edge !== (e.relatedTarget as Element | null)?.closest?.('[data-edge]')) {
      this.emitHighlight(null);
      if (this.step < 0) this.#tooltip.hide();
    }
  };

  /** The drawn svg's box, and its CSS px per svg unit. */
  #svgBox(): { left: number; top: number; scale: number } {
    const r = this.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
    const units = this.model?.width || 1;
    return { left: r?.left ?? 0, top: r?.top ?? 0, scale: (r?.width || units) / units };
  }

  /** A pointer's position in the svg's units. */
  #toLocal(clientX: number, clientY: number): Point {
    const { left, top, scale } = this.#svgBox();
    return { x: (clientX - left) / scale, y: (clientY - top) / scale };
  }

  /** The node under the pointer: its element, or on a big graph's canvas (canvas-hit.ts). */
  #nodeAt(e: PointerEvent): number {
    const i = this.#nodeIndexFrom(e);
    const model = this.model;
    return i < 0 && model?.metrics.large
      ? bigGraph!.nodeUnder(this.renderRoot.querySelector('svg.chart>g'), model, e)
      : i;
  }

  /**
   * Hover on a big graph's canvas: the node under the pointer is highlighted, its tooltip shown once its
   * element is drawn.
   */
  #hoverCanvas(e: PointerEvent): void {
    const i = this.#nodeAt(e);
    if (i === (this.hover ?? -1)) return;
    this.hover = i < 0 ? null : i;
    this.emitHighlight(i < 0 ? null : this.#graph!.nodes[i]!.id);
    if (i >= 0) void this.updateComplete.then(() => this.hover === i && this.#showNodeTooltip(i));
    else if (this.step < 0) this.#tooltip.hide();
  }

  #onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    const i = this.#nodeAt(e);
    const target = e.currentTarget as SVGSVGElement;
    if (i >= 0) {
      this.#drag = { pointer: e.pointerId, index: i, startX: e.clientX, startY: e.clientY, moved: false };
      capturePointer(target, e.pointerId);
      // The dragged node is highlighted, so its edges are drawn singly and follow it.
      if (this.hover !== i) {
        this.hover = i;
        this.emitHighlight(this.#graph!.nodes[i]!.id);
      }
      return;
    }
    // A tap on the background lets go of a tapped actor.
    if (e.pointerType === 'touch' && this.hover !== null && !(e.target as Element).closest?.('.badge')) {
      this.hover = null;
      this.emitHighlight(null);
      this.#tooltip.hide();
    }
    this.#panZoom.onPointerDown(e);
  };

  #onPointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (drag && drag.pointer === e.pointerId && this.model && this.#graph) {
      const dx = e.clientX - drag.startX;
      const dy = e.clientY - drag.startY;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) {
        this.#scale = this.#svgBox().scale * this.view.k;
        this.#tooltip.hide();
      }
      drag.moved = true;
      const p = this.#positions[drag.index]!;
      this.#positions[drag.index] = { x: p.x + dx / this.#scale, y: p.y + dy / this.#scale };
      drag.startX = e.clientX;
      drag.startY = e.clientY;
      if (this.model.metrics.large) {
        // Big graphs: move the node and its drawn edges in place (browsers send pointer moves
        // once per frame already).
        bigGraph!.moveNode(this.model, this.#positions, drag.index);
        this.requestUpdate();
      } else
        this.model = buildModel(
          this.#graph,
          this.#positions,
          this.model.width,
          this.model.height,
          this.#modelOptions(),
        );
      return;
    }
    if (this.model?.metrics.large && !drag) this.#hoverCanvas(e);
    this.#panZoom.onPointerMove(e);
  };

  #onPointerUp = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (drag && drag.pointer === e.pointerId) {
      this.#drag = undefined;
      if (!drag.moved && e.type === 'pointerup') this.#select(drag.index);
      else if (drag.moved && this.authoring && this.model && this.#graph)
        this.#pins[this.#graph.nodes[drag.index]!.id] = pinOf(
          this.#positions[drag.index]!,
          this.model.width,
          this.model.height,
          this.model.metrics,
        );
    }
    // A click or tap on a relation's line (not the end of a pan) chooses it.
    const edge = !drag && !this.#panZoom.moved && (e.target as Element).closest?.('[data-edge]');
    const relation = edge && this.#relation(edge.getAttribute('data-edge')!);
    if (relation && e.type === 'pointerup') this.emitSelect(relation.source, relation.id);
    this.#panZoom.onPointerUp(e);
  };

  /** Zooms about the middle of the view; 0 resets the view. */
  #zoomBy(factor: number): void {
    const r = this.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
    if (!factor) this.view = HOME_VIEW;
    else if (r) this.#panZoom.zoomBy(factor, this.#toLocal(r.left + r.width / 2, r.top + r.height / 2));
    this.announceZoom(this.view.k);
  }

  #centreOnFocus(): void {
    const i = this.#indexOf(this.focusEntity);
    const m = this.model;
    if (i < 0 || !m) {
      if (!this.focusEntity) this.view = HOME_VIEW;
      return;
    }
    const n = m.nodes[i]!;
    const k = m.metrics.large ? 2.5 : 1.25;
    this.view = { k, x: m.width / 2 - n.x * k, y: m.height / 2 - n.y * k };
    this.active = i;
  }

  #select(index: number): void {
    const node = this.#graph?.nodes[index];
    if (!node) return;
    this.active = index;
    const rel = this.step >= 0 ? this.#relations().of[index]![this.step] : undefined;
    // The evidence panel opens with what the tooltip shows (the node's, or the relation walked).
    if (!this.#tooltip.open) this.#showNodeTooltip(index);
    this.#tooltip.pin();
    this.emitSelect(node.id, rel?.id);
  }

  // Focus listeners sit on the frame, an HTML element: Chromium makes an SVG element with a focus
  // listener a Tab stop of its own, a dead stop with no name.
  #onFocusIn = (e: FocusEvent): void => {
    const i = this.#nodeIndexFrom(e);
    if (i < 0) return;
    this.#focusWithin = true;
    if (i !== this.active) this.step = -1;
    this.active = i;
    this.emitHighlight(this.#graph!.nodes[i]!.id);
    this.#showNodeTooltip(i);
  };

  #onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Element | null;
    if (to && this.#nodeIndexFrom({ target: to } as unknown as Event) >= 0) return;
    this.#focusWithin = false;
    this.step = -1;
    this.#path = [];
    this.requestUpdate();
    this.#tooltip.hide();
    this.emitHighlight(null);
  };

  /** Focuses a node, with `step` its relation being walked and `rel` that relation's tooltip. */
  #focusNode(index: number, step = -1, rel?: GraphEdge): void {
    // Walking to a folded member unfolds its group.
    if (this.model?.nodes[index]?.hidden) {
      const id = this.#graph!.nodes[index]!.id;
      const group = this.#graph!.groups.find((g) => g.leaves.includes(id));
      if (group) this.#toggleGroup(group.id, true);
    }
    this.active = index;
    this.step = step;
    this.#tooltip.hide();
    void this.updateComplete.then(() => {
      const node = this.renderRoot.querySelector<SVGGElement>(`[data-index="${index}"]`);
      // A big graph keeps one focusable element, moved to the active node: it stays focused.
      if (node && node === this.shadowRoot!.activeElement)
        this.#onFocusIn({ target: node } as unknown as FocusEvent);
      else node?.focus();
      const anchor = rel && (this.renderRoot.querySelector(`[data-edge="${CSS.escape(rel.id)}"]`) ?? node);
      if (anchor) this.#showEdgeTooltip(rel.id, anchor);
    });
  }

  /** The path walked along relations, for Backspace (see navigation.ts). */
  #path: Stop[] = [];

  #onKeyDown = (e: KeyboardEvent): void => {
    const graph = this.#graph;
    const a = this.active;
    if (!graph || !this.model || a < 0) return;
    const key = e.key;
    const rels = this.#relations().of[a]!;
    const { lang } = this.locale;
    const name = graph.nodes[a]!.name;
    const none = this.t('network.none', { name });
    const sentence = (rel: GraphEdge) => relationSentence(graph.dataset, rel, this.#name, lang);
    if (isArrowKey(key)) {
      e.preventDefault();
      const step = nextRelation(key, this.step, rels.length, this.locale.dir === 'rtl');
      if (step === null) {
        this.announce(none);
        return;
      }
      const rel = rels[step]!;
      this.#path = walkTo(this.#path, a, step);
      this.announce(
        this.t('network.step', {
          relation: sentence(rel),
          index: step + 1,
          count: rels.length,
        }),
      );
      this.#focusNode(this.#indexOf(otherEnd(rel, graph.nodes[a]!.id)), -1, rel);
      return;
    }
    if (key === 'Backspace') {
      e.preventDefault();
      const back = walkBack(this.#path);
      if (!back) return;
      const [{ node, step }, path] = back;
      this.#path = path;
      this.announce('');
      this.#focusNode(node, step, this.#relations().of[node]![step]);
      return;
    }
    if (key === 'l' || key === 'L') {
      e.preventDefault();
      this.announce(
        rels.length
          ? this.t('colon', {
              label: nodeName(graph.nodes[a]!, rels.length, lang),
              text: rels.map(sentence).join(this.t('semicolon')),
            })
          : none,
      );
      return;
    }
    if (key === 'Home' || key === 'End') {
      e.preventDefault();
      this.#focusNode(key === 'Home' ? 0 : graph.nodes.length - 1);
      return;
    }
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      this.#select(a);
    }
  };

  /** The relation drawn with `id` (a relation of the dataset, or a member's tie). */
  #relation(id: string): GraphEdge | undefined {
    const graph = this.#graph;
    return graph && [...graph.edges, ...graph.grouped].find((e) => e.id === id);
  }

  /** Shows the tooltip of the relation drawn with `id` by `anchor`; returns that relation. */
  #showEdgeTooltip(id: string, anchor: Element): GraphEdge | undefined {
    const relation = this.#relation(id);
    if (!relation) return;
    const dataset = this.#graph!.dataset;
    const { lang } = this.locale;
    this.#tooltip.show(anchor, {
      title: relationTypeOf(dataset, relation.type).label,
      lines: [
        this.t('network.edge', {
          source: this.#name(relation.source),
          relation: relationWords(dataset, relation, lang),
          target: this.#name(relation.target),
        }),
        `${cap(`${isNegative(relation) ? `${negativeWords(dataset, relation, lang)}; ` : ''}${certaintyWords(relation.certainty, lang)}`)}${relation.basis === 'outside' ? `; ${basisWords('outside', lang)}` : ''}.`,
        ...(relation.note ? [relation.note] : []),
      ],
      // Who says it stands under each quote.
      quotes: quotesFor(dataset, relation, lang),
      source: dataset.source.name,
      lang: dataset.source.language,
    });
    return relation;
  }

  /** An actor's tooltip: what it is (kind, role, affiliation) and the first quote naming it. */
  #showNodeTooltip(index: number): void {
    const graph = this.#graph;
    const node = graph?.nodes[index];
    const entity = graph?.dataset.entities[index];
    const anchor = this.renderRoot.querySelector(`.node[data-index="${index}"]`);
    if (!node || !entity || !anchor) return;
    const group = graph.groups.find((g) => g.id === node.id);
    const members = group && listWords(group.members.map(this.#name), this.locale.lang);
    this.#tooltip.show(anchor, {
      title: node.name,
      lines: [
        `${cap(actorWords(node, this.locale.lang))}.`,
        ...(members ? [this.t('network.members', { names: members })] : []),
      ],
      quotes: quotesFor(
        graph.dataset,
        { ...entity, evidence: entity.evidence.slice(0, 1) },
        this.locale.lang,
      ),
      source: graph.dataset.source.name,
      lang: graph.dataset.source.language,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-network': ActorNetwork;
  }
}
