/// <reference lib="dom" />
/**
 * A drawn graphic, as a static SVG: what the browser shows inside an element (shadow roots
 * included), with every mark's computed look written out as SVG presentation attributes,
 * so the picture needs neither the component's stylesheets nor its CSS variables, nor any
 * `style` attribute (which a strict Content-Security-Policy refuses).
 *
 * - The component's own `<svg>` drawings are copied element by element, each with its
 *   computed fill, stroke, dashes, opacity and font (only where it differs from its parent).
 * - Text outside an `<svg>` (a frame's headline, a legend's labels) becomes `<text>`, one
 *   per line as the browser broke it, at the place the browser laid it out.
 * - Boxes with a background or a border become rectangles and lines.
 * - Ids are renamed under a prefix (and dropped when nothing refers to them); scripts,
 *   styles, event handlers, classes, roles, tab stops and aria attributes are left out.
 *
 * `installSnapshot` runs in the page (`page.evaluate`) and defines
 * `globalThis.nutgrafSnapshot`; everything it uses is defined inside it.
 *
 * @module
 */

/** What `nutgrafSnapshot` is asked for. */
export interface SnapshotOptions {
  /** Prefix of the ids in the picture (unique on the page that shows it). */
  idPrefix: string;
  /** Near-greys become neutral greys (R = G = B), which print with black ink only. */
  neutralGreys: boolean;
  /** CSS selectors of elements (in any shadow root) to leave out, with what they hold. */
  skip: string[];
}

/** The snapshot function the page gets. */
export type Snapshot = (target: Element, options: SnapshotOptions) => SVGSVGElement;

/** Defines `globalThis.nutgrafSnapshot` in the page. */
export function installSnapshot(): void {
  const NS = 'http://www.w3.org/2000/svg';
  /** Presentation properties inherited from parent to child, and the SVG initial value of each. */
  const INHERITED: Record<string, string> = {
    fill: '#000000',
    'fill-opacity': '1',
    'fill-rule': 'nonzero',
    stroke: 'none',
    'stroke-opacity': '1',
    'stroke-width': '1',
    'stroke-dasharray': 'none',
    'stroke-dashoffset': '0',
    'stroke-linecap': 'butt',
    'stroke-linejoin': 'miter',
    'stroke-miterlimit': '4',
    'font-family': '',
    'font-size': '',
    'font-weight': '400',
    'font-style': 'normal',
    'text-anchor': 'start',
    'dominant-baseline': 'auto',
    'paint-order': 'normal',
    'letter-spacing': 'normal',
    visibility: 'visible',
    'marker-start': 'none',
    'marker-mid': 'none',
    'marker-end': 'none',
    'shape-rendering': 'auto',
  };
  /** Presentation properties that are not inherited, and their initial values. */
  const OWN: Record<string, string> = {
    opacity: '1',
    'clip-path': 'none',
    mask: 'none',
    'vector-effect': 'none',
  };
  const PAINT = new Set(['fill', 'stroke']);
  const DROP = new Set([
    'script',
    'style',
    'foreignobject',
    'animate',
    'animatemotion',
    'animatetransform',
    'set',
    'discard',
  ]);
  const KEEP_IN_DEFS = new Set(['defs', 'pattern', 'clippath', 'mask', 'marker', 'symbol', 'lineargradient']);
  /** Elements that draw (a CSS transform on them is written out as their `transform`). */
  const SHAPES = new Set([
    'g',
    'path',
    'circle',
    'ellipse',
    'rect',
    'line',
    'polyline',
    'polygon',
    'text',
    'use',
    'image',
  ]);
  /** Attributes holding numbers, kept to a tenth of a pixel. */
  const NUMBERS = new Set(
    'd points transform patterntransform x y x1 y1 x2 y2 cx cy r rx ry width height dx dy'.split(' '),
  );

  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const colours = new Map<string, [number, number, number, number] | null>();
  /** A computed colour as [r, g, b, alpha 0–1], or null for none / a url / currentColor-less. */
  const rgba = (value: string): [number, number, number, number] | null => {
    const known = colours.get(value);
    if (known !== undefined) return known;
    let out: [number, number, number, number] | null = null;
    const legacy = /^rgba?\(([^)]+)\)$/.exec(value);
    const srgb = /^color\(srgb ([^)]+)\)$/.exec(value);
    if (legacy) {
      const [r = 0, g = 0, b = 0, a = 1] = legacy[1]!.split(/[\s,/]+/).map(Number);
      out = [r, g, b, a];
    } else if (srgb) {
      const [r = 0, g = 0, b = 0, a = 1] = srgb[1]!.split(/[\s/]+/).map(Number);
      out = [r * 255, g * 255, b * 255, a];
    } else if (value !== 'none' && !value.startsWith('url(') && value !== 'transparent') {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = value;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 255] = ctx.getImageData(0, 0, 1, 1).data;
      out = [r, g, b, a / 255];
    }
    colours.set(value, out);
    return out;
  };
  const hex = ([r, g, b]: number[], neutral: boolean): string => {
    let c = [r!, g!, b!].map((x) => Math.max(0, Math.min(255, Math.round(x))));
    // A grey with a tint (channels within 16 of each other) prints as four inks; its
    // luminance as a neutral grey prints as black alone.
    if (neutral && Math.max(...c) - Math.min(...c) <= 16) {
      const y = Math.round(0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!);
      c = [y, y, y];
    }
    return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  };
  const px = (value: string) => value.replace(/(-?[\d.]+(?:e-?\d+)?)px/g, (_, n: string) => trim(Number(n)));
  const trim = (n: number) => String(Math.round(n * 100) / 100);
  /** Numbers in a path or a list of points, to a tenth of a pixel. */
  const round = (value: string, digits = 1) =>
    value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (x) =>
      String(Math.round(Number(x) * 10 ** digits) / 10 ** digits),
    );

  const snapshot: Snapshot = (target, options) => {
    const { idPrefix, neutralGreys, skip } = options;
    const origin = target.getBoundingClientRect();
    const out = document.createElementNS(NS, 'svg');
    const width = Math.round(origin.width * 100) / 100;
    const height = Math.round(origin.height * 100) / 100;
    out.setAttribute('viewBox', `0 0 ${trim(width)} ${trim(height)}`);
    out.setAttribute('width', trim(width));
    out.setAttribute('height', trim(height));
    let ids = 0;
    /** Left out: what matches `skip` inside a component (a shadow root). */
    const skipped = (el: Element) =>
      el.getRootNode() instanceof ShadowRoot && skip.some((s) => el.matches(s));

    /** Resolved presentation of an element of a drawing. */
    const presentation = (el: Element): Record<string, string> => {
      const cs = getComputedStyle(el);
      const values: Record<string, string> = {};
      for (const name of [...Object.keys(INHERITED), ...Object.keys(OWN)]) {
        let v = cs.getPropertyValue(name).trim();
        if (PAINT.has(name)) {
          if (v.startsWith('url(')) {
            values[name] = v;
            continue;
          }
          const c = rgba(v);
          if (!c || c[3] === 0) v = 'none';
          else {
            v = hex(c, neutralGreys);
            if (c[3] < 1) {
              const opacity = Number(cs.getPropertyValue(`${name}-opacity`)) || 1;
              values[`${name}-opacity`] = trim(opacity * c[3]);
            }
          }
        } else if (name === 'stroke-dasharray') v = v === 'none' ? v : px(v).replace(/,\s*/g, ' ');
        else if (name === 'font-family') v = v.replace(/"/g, "'");
        else v = px(v);
        if (!(name in values)) values[name] = v;
      }
      return values;
    };

    const setPresentation = (copy: Element, mine: Record<string, string>, parent: Record<string, string>) => {
      for (const [name, v] of Object.entries(mine)) {
        const same = name in INHERITED ? parent[name] === v : OWN[name] === v;
        if (same) continue;
        copy.setAttribute(name, v);
      }
    };

    /** Copies one `<svg>` of the page (with computed presentation) into the picture. */
    const copySvg = (svg: SVGSVGElement, opacity: number) => {
      const r = svg.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const copy = svg.cloneNode(true) as SVGSVGElement;
      const root = svg.getRootNode() as Document | ShadowRoot;
      const renamed = new Map<string, string>();
      const referred = new Set<string>();
      const defs = document.createElementNS(NS, 'defs');
      /** The new id for an id the drawing refers to, copying what it names when not inside. */
      const refer = (id: string): string | undefined => {
        if (!renamed.has(id)) {
          const found = root.getElementById?.(id) ?? null;
          if (!found || !(found instanceof SVGElement) || svg.contains(found)) return undefined;
          for (const el of found.querySelectorAll('[id]')) renamed.set(el.id, `${idPrefix}-${++ids}`);
          // Defined elsewhere (a shared <defs>): copied into this one.
          const def = found.cloneNode(true) as Element;
          defs.append(def);
          renamed.set(id, `${idPrefix}-${++ids}`);
          walk(found, def, INHERITED, true);
        }
        referred.add(id);
        return renamed.get(id);
      };
      const fixUrl = (v: string) =>
        v.replace(/url\((["']?)[^"')]*#([^"')]+)\1\)/g, (_all, _q: string, id: string) => {
          const to = refer(id);
          return to ? `url(#${to})` : 'none';
        });

      for (const el of svg.querySelectorAll('[id]')) renamed.set(el.id, `${idPrefix}-${++ids}`);
      /** The transform from an element's units to the drawing's (its own and its parents'). */
      const toSvg = (el: Element | null): DOMMatrix => {
        let m = new DOMMatrix();
        for (let e = el; e && e !== svg; e = e.parentElement) {
          const t = getComputedStyle(e).transform;
          if (t && t !== 'none') m = new DOMMatrix(t).multiply(m);
        }
        return m;
      };
      const box = svg.viewBox?.baseVal;
      const clips = getComputedStyle(svg).overflow !== 'visible' && box && box.width > 0;
      /**
       * A long polygon (a country's outline) drawn in the drawing's own units, whole numbers,
       * points that fall on the same unit dropped: a fraction of the bytes, the same picture.
       * False when it lies wholly outside the drawing.
       */
      const flatten = (path: SVGPathElement, dup: Element): boolean => {
        const d = path.getAttribute('d') ?? '';
        if (!/^[MLZ\d\s,.eE-]+$/.test(d) || (d.match(/[ML]/g)?.length ?? 0) < 16) return true;
        const m = toSvg(path);
        // Ring by ring; a ring wholly outside the drawing is left out.
        let out = '';
        for (const ring of d.split(/(?=M)/i)) {
          let path = '';
          let last = '';
          let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
          for (const [, cmd, xs, ys] of ring.matchAll(
            /([MLZ])\s*(?:(-?[\d.]+(?:e-?\d+)?)[\s,]+(-?[\d.]+(?:e-?\d+)?))?/gi,
          )) {
            if (cmd === 'Z' || cmd === 'z') {
              path += 'Z';
              continue;
            }
            const p = new DOMPoint(Number(xs), Number(ys)).matrixTransform(m);
            const [x, y] = [Math.round(p.x), Math.round(p.y)];
            [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
            const at = `${x},${y}`;
            if (cmd.toUpperCase() === 'L' && at === last) continue;
            path += `${cmd.toUpperCase()}${at}`;
            last = at;
          }
          const outside = x1 < box.x || y1 < box.y || x0 > box.x + box.width || y0 > box.y + box.height;
          if (!(clips && outside)) out += path;
        }
        if (!out) return false;
        dup.setAttribute('d', out);
        // Its parents' transforms still apply: undone for it alone.
        const undo = toSvg(path.parentElement).inverse();
        const matrix = [undo.a, undo.b, undo.c, undo.d, undo.e, undo.f].map((n) => Math.round(n * 1e4) / 1e4);
        if (matrix.join(' ') === '1 0 0 1 0 0') dup.removeAttribute('transform');
        else dup.setAttribute('transform', `matrix(${matrix.join(' ')})`);
        return true;
      };
      const walk = (orig: Element, dup: Element, parent: Record<string, string>, inDefs: boolean) => {
        const cs = getComputedStyle(orig);
        const mine = presentation(orig);
        for (const attr of [...dup.attributes]) {
          const n = attr.name.toLowerCase();
          if (
            n === 'class' ||
            n === 'style' ||
            n === 'part' ||
            n === 'exportparts' ||
            n === 'role' ||
            n === 'tabindex' ||
            n === 'focusable' ||
            n === 'cursor' ||
            n === 'pointer-events' ||
            n === 'hidden' ||
            n === 'inert' ||
            n === 'popover' ||
            n.startsWith('aria-') ||
            n.startsWith('data-') ||
            n.startsWith('on') ||
            n in INHERITED ||
            n in OWN
          )
            dup.removeAttribute(attr.name);
          else if (NUMBERS.has(n))
            dup.setAttribute(attr.name, round(attr.value, /transform/.test(n) ? 4 : 1));
        }
        for (const key of Object.keys(mine))
          if (mine[key]!.startsWith('url(')) mine[key] = fixUrl(mine[key]!);
        setPresentation(dup, mine, parent);
        const transform = cs.transform;
        if (
          SHAPES.has(orig.localName) &&
          transform &&
          transform !== 'none' &&
          !orig.hasAttribute('transform')
        )
          dup.setAttribute('transform', round(transform, 4));
        // Lit's markers and the template's line breaks: not part of the drawing.
        for (const node of [...dup.childNodes])
          if (
            node instanceof Comment ||
            (node instanceof Text && !node.data.trim() && orig.localName !== 'text')
          )
            node.remove();
        // (A pattern's tiles are in the units of what it fills: such a path keeps its own.)
        const patterned = mine.fill!.startsWith('url(') || mine.stroke!.startsWith('url(');
        if (!inDefs && !patterned && orig instanceof SVGPathElement && !flatten(orig, dup)) {
          dup.remove();
          return;
        }
        const origKids = [...orig.children];
        const dupKids = [...dup.children];
        origKids.forEach((o, i) => {
          const d = dupKids[i]!;
          const n = o.localName.toLowerCase();
          const keep = inDefs || KEEP_IN_DEFS.has(n);
          if (DROP.has(n) || (!keep && getComputedStyle(o).display === 'none') || skipped(o)) d.remove();
          else walk(o, d, mine, keep);
        });
      };
      walk(svg, copy, INHERITED, false);
      // Every id: renamed if something refers to it, else dropped; and every reference renamed.
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const attr of ['href', 'xlink:href']) {
          const v = el.getAttribute(attr);
          if (v?.startsWith('#')) {
            const to = refer(v.slice(1));
            if (to) el.setAttribute(attr, `#${to}`);
            else el.removeAttribute(attr);
          }
        }
      }
      for (const el of [copy, ...copy.querySelectorAll('[id]'), ...defs.querySelectorAll('[id]')]) {
        const id = el.getAttribute('id');
        if (!id) continue;
        if (referred.has(id)) el.setAttribute('id', renamed.get(id)!);
        else el.removeAttribute('id');
      }
      if (defs.children.length) copy.prepend(defs);
      // Placed where the browser showed it, at the size it showed it.
      if (!copy.hasAttribute('viewBox') || !box || box.width === 0)
        copy.setAttribute(
          'viewBox',
          `0 0 ${trim(svg.clientWidth || r.width)} ${trim(svg.clientHeight || r.height)}`,
        );
      copy.setAttribute('x', trim(r.left - origin.left));
      copy.setAttribute('y', trim(r.top - origin.top));
      copy.setAttribute('width', trim(r.width));
      copy.setAttribute('height', trim(r.height));
      if (getComputedStyle(svg).overflow === 'visible') copy.setAttribute('overflow', 'visible');
      if (opacity < 1) copy.setAttribute('opacity', trim(opacity));
      copy.removeAttribute('xmlns');
      out.append(copy);
    };

    /** How much an element is scaled on screen (the CSS transforms of it and its ancestors). */
    const scaleOf = (el: Element): number => {
      let scale = 1;
      for (
        let e: Element | null = el;
        e;
        e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null
      ) {
        const t = getComputedStyle(e).transform;
        if (t && t !== 'none') {
          const m = new DOMMatrixReadOnly(t);
          scale *= Math.hypot(m.a, m.b);
        }
      }
      return scale;
    };

    const ascent = new Map<string, number>();
    /** Where the baseline sits in a line box of the font, as a share of its height. */
    const baselineShare = (font: string) => {
      let share = ascent.get(font);
      if (share === undefined) {
        ctx.font = font;
        const m = ctx.measureText('Hg');
        share = m.fontBoundingBoxAscent / (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent) || 0.8;
        ascent.set(font, share);
      }
      return share;
    };

    /** One text node of HTML, as `<text>` lines where the browser broke it. */
    const copyText = (node: Text, opacity: number) => {
      const el = node.parentElement;
      if (!el) return;
      const cs = getComputedStyle(el);
      if (cs.visibility !== 'visible') return;
      const source = node.data;
      const range = document.createRange();
      type Line = { words: string[]; left: number; right: number; top: number; height: number };
      const lines: Line[] = [];
      for (const m of source.matchAll(/\S+/g)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        const last = lines.at(-1);
        if (last && Math.abs(rect.top - last.top) < rect.height / 2) {
          last.words.push(m[0]);
          last.left = Math.min(last.left, rect.left);
          last.right = Math.max(last.right, rect.right);
        } else
          lines.push({
            words: [m[0]],
            left: rect.left,
            right: rect.right,
            top: rect.top,
            height: rect.height,
          });
      }
      if (!lines.length) return;
      const scale = scaleOf(el);
      const colour = rgba(cs.color);
      if (!colour || colour[3] === 0) return;
      const share = baselineShare(`${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`);
      const rtl = cs.direction === 'rtl';
      const upper = cs.textTransform === 'uppercase';
      for (const line of lines) {
        const text = document.createElementNS(NS, 'text');
        text.setAttribute('x', trim((rtl ? line.right : line.left) - origin.left));
        text.setAttribute('y', trim(line.top - origin.top + line.height * share));
        if (rtl) text.setAttribute('text-anchor', 'end');
        text.setAttribute('font-family', cs.fontFamily.replace(/"/g, "'"));
        text.setAttribute('font-size', trim(parseFloat(cs.fontSize) * scale));
        if (cs.fontWeight !== '400') text.setAttribute('font-weight', cs.fontWeight);
        if (cs.fontStyle !== 'normal') text.setAttribute('font-style', cs.fontStyle);
        if (cs.letterSpacing !== 'normal')
          text.setAttribute('letter-spacing', trim(parseFloat(cs.letterSpacing) * scale));
        text.setAttribute('fill', hex(colour, neutralGreys));
        const alpha = colour[3] * opacity;
        if (alpha < 1) text.setAttribute('fill-opacity', trim(alpha));
        const words = line.words.join(' ');
        text.textContent = upper ? words.toUpperCase() : words;
        out.append(text);
      }
    };

    /** An HTML box's background and borders, as a rectangle and lines. */
    const copyBox = (el: Element, cs: CSSStyleDeclaration, opacity: number) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || cs.visibility !== 'visible') return;
      const scale = scaleOf(el);
      const x = r.left - origin.left;
      const y = r.top - origin.top;
      const bg = rgba(cs.backgroundColor);
      if (bg && bg[3] > 0) {
        const rect = document.createElementNS(NS, 'rect');
        rect.setAttribute('x', trim(x));
        rect.setAttribute('y', trim(y));
        rect.setAttribute('width', trim(r.width));
        rect.setAttribute('height', trim(r.height));
        const radius = parseFloat(cs.borderTopLeftRadius) * scale;
        if (radius > 0) rect.setAttribute('rx', trim(radius));
        rect.setAttribute('fill', hex(bg, neutralGreys));
        if (bg[3] * opacity < 1) rect.setAttribute('fill-opacity', trim(bg[3] * opacity));
        out.append(rect);
      }
      const sides = [
        ['top', x, y, x + r.width, y],
        ['right', x + r.width, y, x + r.width, y + r.height],
        ['bottom', x, y + r.height, x + r.width, y + r.height],
        ['left', x, y, x, y + r.height],
      ] as const;
      const border = (side: string) =>
        ['width', 'style', 'color'].map((k) => cs.getPropertyValue(`border-${side}-${k}`)).join(' ');
      const c = rgba(cs.borderTopColor);
      const w = parseFloat(cs.borderTopWidth) * scale;
      if (
        sides.every(([side]) => border(side) === border('top')) &&
        w > 0 &&
        c &&
        c[3] > 0 &&
        /^(solid|dashed|dotted)$/.test(cs.borderTopStyle)
      ) {
        // One border all round: a rectangle along its middle, with the box's rounded corners.
        const rect = document.createElementNS(NS, 'rect');
        rect.setAttribute('x', trim(x + w / 2));
        rect.setAttribute('y', trim(y + w / 2));
        rect.setAttribute('width', trim(r.width - w));
        rect.setAttribute('height', trim(r.height - w));
        const radius = parseFloat(cs.borderTopLeftRadius) * scale;
        if (radius > 0) rect.setAttribute('rx', trim(Math.max(0, radius - w / 2)));
        rect.setAttribute('fill', 'none');
        rect.setAttribute('stroke', hex(c, neutralGreys));
        rect.setAttribute('stroke-width', trim(w));
        if (cs.borderTopStyle === 'dashed')
          rect.setAttribute('stroke-dasharray', `${trim(w * 3)} ${trim(w * 2)}`);
        if (cs.borderTopStyle === 'dotted') rect.setAttribute('stroke-dasharray', `${trim(w)} ${trim(w)}`);
        if (c[3] * opacity < 1) rect.setAttribute('stroke-opacity', trim(c[3] * opacity));
        out.append(rect);
        return;
      }
      for (const [side, x1, y1, x2, y2] of sides) {
        const w = parseFloat(cs.getPropertyValue(`border-${side}-width`)) * scale;
        const style = cs.getPropertyValue(`border-${side}-style`);
        const c = rgba(cs.getPropertyValue(`border-${side}-color`));
        if (!(w > 0) || style === 'none' || style === 'hidden' || !c || c[3] === 0) continue;
        // The line is drawn along the middle of the border.
        const inset = w / 2;
        const dx = side === 'left' ? inset : side === 'right' ? -inset : 0;
        const dy = side === 'top' ? inset : side === 'bottom' ? -inset : 0;
        const line = document.createElementNS(NS, 'line');
        line.setAttribute('x1', trim(x1 + dx));
        line.setAttribute('y1', trim(y1 + dy));
        line.setAttribute('x2', trim(x2 + dx));
        line.setAttribute('y2', trim(y2 + dy));
        line.setAttribute('stroke', hex(c, neutralGreys));
        line.setAttribute('stroke-width', trim(w));
        if (style === 'dashed') line.setAttribute('stroke-dasharray', `${trim(w * 3)} ${trim(w * 2)}`);
        if (style === 'dotted') line.setAttribute('stroke-dasharray', `${trim(w)} ${trim(w)}`);
        if (c[3] * opacity < 1) line.setAttribute('stroke-opacity', trim(c[3] * opacity));
        out.append(line);
      }
    };

    /** A canvas (a very large graph's batches), as an image of its pixels. */
    const copyCanvas = (el: HTMLCanvasElement, opacity: number) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const image = document.createElementNS(NS, 'image');
      image.setAttribute('x', trim(r.left - origin.left));
      image.setAttribute('y', trim(r.top - origin.top));
      image.setAttribute('width', trim(r.width));
      image.setAttribute('height', trim(r.height));
      image.setAttribute('href', el.toDataURL('image/png'));
      if (opacity < 1) image.setAttribute('opacity', trim(opacity));
      out.append(image);
    };

    /** Everything shown inside `el` (its shadow root's when it has one), in painting order. */
    const visit = (el: Element, opacity: number) => {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || skipped(el)) return;
      const mine = opacity * Number(cs.opacity || 1);
      if (mine === 0) return;
      const tag = el.localName.toLowerCase();
      // Hidden but for screen readers (a visually hidden sentence): not in the picture.
      const r = el.getBoundingClientRect();
      const clipped = /hidden|clip/.test(cs.overflow) && (r.width <= 1 || r.height <= 1);
      if (clipped || cs.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%/.test(cs.clipPath)) return;
      if (el instanceof SVGSVGElement) return cs.visibility === 'visible' ? copySvg(el, mine) : undefined;
      if (el instanceof HTMLCanvasElement) return copyCanvas(el, mine);
      if (DROP.has(tag) || tag === 'template' || tag === 'img' || tag === 'video') return;
      copyBox(el, cs, mine);
      const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
      for (const kid of kids) {
        if (kid instanceof Text) copyText(kid, mine);
        else if (kid instanceof Element) {
          if (kid.localName === 'slot')
            for (const a of (kid as HTMLSlotElement).assignedNodes({ flatten: true })) {
              if (a instanceof Text) copyText(a, mine);
              else if (a instanceof Element) visit(a, mine);
            }
          else visit(kid, mine);
        }
      }
    };
    visit(target, 1);
    return out;
  };
  (globalThis as unknown as { nutgrafSnapshot: Snapshot }).nutgrafSnapshot = snapshot;
}
