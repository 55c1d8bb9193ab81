// The build's CSS whitespace step (rollup.config.js `tidyCss`): what it takes out, and what it
// must leave because it carries meaning.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tidyCss } from '../rollup.config.js';

test('tidyCss drops comments and the space around braces, semicolons, commas, `>` and after colons', () => {
  const css = `
    /* a comment */
    :host(:not([theme='light'], [data-scheme='light'])) {
      color: var(--ink, #111);
    }
    .frame > svg, .keys li {
      transition: opacity 0.2s, transform 0.2s;
      background: color-mix(in srgb, red 40%, var(--_bg));
    }`;
  // The template's first and last whitespace go in the build's template step (trimmed here).
  assert.equal(
    tidyCss(css).trim(),
    ":host(:not([theme='light'],[data-scheme='light'])){color:var(--ink,#111)}" +
      '.frame>svg,.keys li{transition:opacity .2s,transform .2s;background:color-mix(in srgb,red 40%,var(--_bg))}',
  );
});

test("tidyCss drops a decimal's leading zero, the space around `~` and around calc()'s `*` and `/`", () => {
  const css = `.a:has(:focus) ~ .b { stroke-width: calc(var(--w) * 0.6); margin: 0.25em 10.5px; transform: scale(0.92); }
    .c { height: max(320px, calc(100cqw / var(--r) + 240px)); opacity: 0; }`;
  assert.equal(
    tidyCss(css).trim(),
    '.a:has(:focus)~.b{stroke-width:calc(var(--w)*.6);margin:.25em 10.5px;transform:scale(.92)}' +
      '.c{height:max(320px,calc(100cqw/var(--r) + 240px));opacity:0}',
  );
});

test('tidyCss keeps the spaces that carry meaning', () => {
  // Descendant combinators, calc()'s operators, values' words and a query's words.
  const css = `@container (width > 400px) and (min-width: 20em) {
      .a .b { margin: calc(100% - 2px) auto; font: 700 1rem/1 Georgia, serif; color: red !important; }
    }`;
  assert.equal(
    tidyCss(css).trim(),
    '@container (width>400px) and (min-width:20em){.a .b{margin:calc(100% - 2px) auto;font:700 1rem/1 Georgia,serif;color:red !important}}',
  );
});
