// The fenced code blocks of a Markdown (or MDX) file, each with its language, the line its
// code starts on, the heading it sits under and the sample marker written just before it:
//
//   <!-- sample: no-run the output of a command, not a command -->
//   ```
//
// In MDX, where HTML comments are not allowed, the marker is `{/* sample: … */}`.

/**
 * @typedef {{
 *   lang: string,
 *   code: string,
 *   line: number,
 *   section: number,
 *   heading: string,
 *   marker?: { kind: string, text: string },
 * }} CodeBlock
 * `line` is the 1-based line of the block's first line of code; `section` counts the headings
 * before it (blocks under one heading share it); `marker.kind` is the marker's first word
 * (`no-run`, `page`, `drop-in`) and `marker.text` the rest.
 */

const MARKER = /^\s*(?:<!--\s*sample:\s*([\s\S]*?)\s*-->|\{\/\*\s*sample:\s*([\s\S]*?)\s*\*\/\})\s*$/;

/**
 * @param {string} markdown
 * @returns {CodeBlock[]}
 */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  let section = 0;
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s{0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (!open) {
      const h = /^#{1,6}\s+(.*)$/.exec(lines[i]);
      if (h) {
        section++;
        heading = h[1].trim();
      }
      continue;
    }
    const fence = open[2];
    const body = [];
    let j = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (j < lines.length && !close.test(lines[j])) body.push(lines[j++]);
    // The marker: the nearest non-blank line above the fence.
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const m = k >= 0 ? MARKER.exec(lines[k]) : null;
    const said = m ? (m[1] ?? m[2]) : undefined;
    const marker = said
      ? { kind: said.split(/\s+/)[0], text: said.slice(said.split(/\s+/)[0].length).trim() }
      : undefined;
    blocks.push({
      lang: open[3].toLowerCase(),
      code: body.map((l) => l.slice(open[1].length)).join('\n'),
      line: i + 2,
      section,
      heading,
      ...(marker ? { marker } : {}),
    });
    i = j;
  }
  return blocks;
}
