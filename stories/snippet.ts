import type { StoryContext } from '@storybook/web-components-vite';

/** Where the drop-in files are published (a versioned URL, so pages keep working across releases). */
export const CDN = 'https://cdn.example.org/nutgraf@0.1.0/dist';

/** The two lines a page's `<head>` needs: the stylesheet that reserves the space, and the script. */
export function embedHead({ lazy = false }: { lazy?: boolean } = {}): string {
  return [
    `<link rel="stylesheet" href="${CDN}/nutgraf.css" />`,
    `<script type="module" src="${CDN}/${lazy ? 'lazy/loader.js' : 'nutgraf.js'}"></script>`,
  ].join('\n');
}

/**
 * The copy-ready embed snippet for one tag: the stylesheet that reserves its space, the
 * script, and the tag with its attributes. For `parameters.docs.source.code` on a story page.
 *
 * @example
 * parameters: { docs: { source: { code: snippet('share-donut', { src: '/data/story.json' }) } } }
 */
export function snippet(
  tag: string,
  attrs: Record<string, string | boolean | undefined> = {},
  { lazy = false }: { lazy?: boolean } = {},
): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const attributes = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(String(v))}"`))
    .join('');
  return [embedHead({ lazy }), '', `<${tag}${attributes}></${tag}>`].join('\n');
}

/** Markup as Storybook renders it, tidied: no empty attribute values, no blank lines. */
function tidy(code: string): string {
  return code
    .replace(/(\s[a-z-]+)=""/g, '$1')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim())
    .join('\n');
}

/**
 * `parameters.docs.source.transform`: "Show code" for the story as it is now (its current
 * args, attributes and CSS), with the lines a page needs before it, and the script that sets
 * `data` when the story passes a dataset object (a property, which markup cannot carry).
 * Idempotent.
 */
export function embedSource(code: string, context: StoryContext): string {
  // Storybook may hand the block a snippet this function already wrote.
  if (code.startsWith(embedHead())) return code;
  const tag = typeof context.component === 'string' ? context.component : undefined;
  const lines = [embedHead(), '', tidy(code)];
  if (tag && context.args.data !== undefined)
    lines.push(
      '<script type="module">',
      '  // `data` is a property: a dataset object (parsed JSON), validated by the element.',
      `  document.querySelector('${tag}').data = dataset;`,
      '</script>',
    );
  return lines.join('\n');
}
