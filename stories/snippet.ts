/** Where the drop-in files are published (a versioned URL, so pages keep working across releases). */
export const CDN = 'https://cdn.example.org/nutgraf@0.1.0/dist';

/**
 * The copy-ready embed snippet for one tag: the stylesheet that reserves its space, the
 * script, and the tag with its attributes. For `parameters.docs.source.code` on a story page.
 *
 * @example
 * parameters: { docs: { source: { code: snippet('oil-share-donut', { src: '/data/story.json' }) } } }
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
  return [
    `<link rel="stylesheet" href="${CDN}/nutgraf.css" />`,
    `<script type="module" src="${CDN}/${lazy ? 'lazy/loader.js' : 'nutgraf.js'}"></script>`,
    '',
    `<${tag}${attributes}></${tag}>`,
  ].join('\n');
}
