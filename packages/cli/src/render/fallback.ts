/// <reference lib="dom" />
/**
 * The static fallback of a drawn graphic, to put inside its tag for readers without
 * JavaScript: the graphic's heading and dek as text, its drawing as a static SVG (see
 * snapshot.ts), its summary and source note as text, and its data tables as plain HTML
 * tables. Built with DOM calls from the text the live component shows (never from markup),
 * and serialised by the browser. No script, no event handler, no `style` attribute.
 *
 * `installFallback` runs in the page (`page.evaluate`, after `installSnapshot`) and defines
 * `globalThis.nutgrafFallback`; everything it uses is defined inside it.
 *
 * @module
 */

import type { Snapshot } from './snapshot.js';

/** What the fallback is made of, by selector in the component's shadow root. */
export interface FallbackParts {
  /** The component's element. */
  tag: string;
  /** The box the drawing is taken from (the element's parent on the render page). */
  box: string;
  /** What the drawing leaves out (shown as text and tables instead). */
  skip: string[];
}

/** The fallback function the page gets: the fallback's HTML. */
export type Fallback = (parts: FallbackParts) => string;

/** Defines `globalThis.nutgrafFallback` in the page. */
export function installFallback(): void {
  const g = globalThis as unknown as { nutgrafSnapshot: Snapshot; nutgrafFallback: Fallback };
  const words = (node: Node | null | undefined): string => {
    if (!node) return '';
    // Text a reader sees or hears: what is hidden from both (sort marks) is left out.
    let out = '';
    const walk = (n: Node) => {
      if (n instanceof Text) out += n.data;
      else if (n instanceof Element) {
        if (n.getAttribute('aria-hidden') === 'true') return;
        if (n.localName === 'br') out += ' ';
        for (const c of n.childNodes) walk(c);
      }
    };
    walk(node);
    return out.replace(/\s+/g, ' ').trim();
  };

  /** A plain table: caption, header row, rows of text cells (the first heads its row). */
  const plainTable = (source: HTMLTableElement): HTMLTableElement => {
    const table = document.createElement('table');
    const caption = words(source.caption);
    if (caption) {
      const c = document.createElement('caption');
      c.textContent = caption;
      table.append(c);
    }
    const section = (from: HTMLTableSectionElement | null, tag: 'thead' | 'tbody', header: boolean) => {
      if (!from) return;
      const out = document.createElement(tag);
      for (const row of from.rows) {
        const tr = document.createElement('tr');
        for (const cell of row.cells) {
          const th = header || cell.localName === 'th';
          const c = document.createElement(th ? 'th' : 'td');
          if (th) c.setAttribute('scope', header ? 'col' : 'row');
          if (cell.colSpan > 1) c.setAttribute('colspan', String(cell.colSpan));
          c.textContent = words(cell);
          tr.append(c);
        }
        out.append(tr);
      }
      table.append(out);
    };
    section(source.tHead, 'thead', true);
    for (const body of source.tBodies) section(body, 'tbody', false);
    return table;
  };

  g.nutgrafFallback = ({ tag, box, skip }) => {
    const host = document.querySelector(tag)!;
    const root = host.shadowRoot!;
    const paragraph = (kind: string, text: string) => {
      const p = document.createElement('p');
      p.className = `nutgraf-fallback-${kind}`;
      p.setAttribute('dir', 'auto');
      p.textContent = text;
      return p;
    };
    const block = document.createElement('div');
    block.className = 'nutgraf-fallback';
    block.setAttribute('data-nutgraf-fallback', tag);
    const lang = host.closest('[lang]')?.getAttribute('lang');
    if (lang) block.setAttribute('lang', lang);

    const title = words(root.querySelector('[part~="title"], #title'));
    const dek = words(root.querySelector('[part~="dek"], .dek'));
    if (title) block.append(paragraph('title', title));
    if (dek) block.append(paragraph('dek', dek));

    const picture = g.nutgrafSnapshot(document.querySelector(box)!, {
      idPrefix: `nutgraf-fallback-${tag}`,
      neutralGreys: false,
      skip,
    });
    // Named as the live drawing is: its own label, else the text of what labels it.
    const drawing = root.querySelector('[part~="svg"]');
    const label =
      drawing?.getAttribute('aria-label') ||
      (drawing?.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => words(id ? root.getElementById(id) : null))
        .filter(Boolean)
        .join(' ') ||
      title;
    picture.setAttribute('role', 'img');
    if (label) picture.setAttribute('aria-label', label);
    block.append(picture);

    const summary = words(root.querySelector('[part~="summary"], .summary'));
    if (summary) block.append(paragraph('note', summary));
    const source = words(root.querySelector('[part~="caption"]'));
    if (source) block.append(paragraph('note', source));
    for (const table of root.querySelectorAll('details.data-table table'))
      block.append(plainTable(table as HTMLTableElement));

    const holder = document.createElement('div');
    holder.append(block);
    // HTML serialisation (Chromium 125 and later); else XML, which HTML parsers read alike.
    return typeof holder.getHTML === 'function'
      ? holder.getHTML()
      : new XMLSerializer().serializeToString(block).replace(' xmlns="http://www.w3.org/1999/xhtml"', '');
  };
}
