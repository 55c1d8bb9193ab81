// Medians, the printed table and the SVG chart of the results.

export function median(xs) {
  if (!xs?.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs, p) {
  if (!xs?.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}

const kb = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b) => (b == null ? '–' : `${(b / 2 ** 20).toFixed(1)} MB`);
const ms = (t) => (t == null ? '–' : t >= 100 ? `${Math.round(t)} ms` : `${t.toFixed(1)} ms`);
const x = (r) => (r == null ? '' : ` (${r.toFixed(2)}×)`);

/** One plain-text table: figures per contender, ratio ours/peer in brackets on peer rows. */
export function formatTable(results) {
  const head = [
    'contender',
    'gzip',
    'first render (median)',
    'hover: work per frame median / p95',
    'heap after GC',
    `${results.method.instances} instances: time / heap`,
  ];
  const body = results.rows.map((r) => {
    const q = r.ratio ?? {};
    return [
      `${r.kind.padEnd(8)}${r.label}`,
      kb(r.gzip) + x(q.gzip) + (r.geometryGzip ? ` + map ${kb(r.geometryGzip)}` : ''),
      ms(r.firstRenderMs) + x(q.firstRenderMs),
      `${ms(r.hoverFrameMs)} / ${ms(r.hoverFrameP95Ms)}${x(q.hoverFrameMs)}`,
      mb(r.heapBytes) + x(q.heapBytes),
      r.instances?.error
        ? `error: ${r.instances.error.slice(0, 40)}`
        : `${ms(r.instances?.drawMs)} / ${mb(r.instances?.heap)}${x(q.instancesMs)}`,
    ];
  });
  const scaleRows = Object.entries(results.scale).map(([id, byN]) => [
    `network layout ${id}`,
    ...Object.entries(byN).map(([n, v]) => `${n}: ${v.median != null ? ms(v.median) : v.note}`),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' │ ');
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)];
  out.push(
    '',
    'Ratios in brackets: ours / peer, measured in the same run (below 1 = ours smaller or faster).',
  );
  if (scaleRows.length) {
    out.push('');
    for (const r of scaleRows) out.push(r.join('   '));
    const ratios = Object.entries(results.scaleRatio)
      .map(([n, r]) => `${n}: ${r == null ? '–' : `${r.toFixed(2)}×`}`)
      .join('   ');
    out.push(`network layout ours / ECharts   ${ratios}`);
  }
  return out.join('\n');
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Bars of ours/peer ratios (log scale) per figure and peer: left of 1 = ours better. */
export function chartSvg(results) {
  const figures = [
    ['gzip', 'gzip bytes'],
    ['firstRenderMs', 'first render'],
    ['hoverFrameMs', 'hover frame (median)'],
    ['heapBytes', 'heap after GC'],
    ['instancesMs', '50 instances: time'],
  ];
  const peers = results.rows.filter((r) => !r.ours);
  const bars = [];
  for (const p of peers)
    for (const [f, name] of figures)
      if (p.ratio?.[f] != null) bars.push({ label: `${p.label} · ${name}`, r: p.ratio[f] });
  for (const [n, r] of Object.entries(results.scaleRatio))
    if (r != null) bars.push({ label: `ECharts graph · layout ${n} nodes`, r });
  const W = 760;
  const left = 300;
  const rowH = 18;
  const H = 60 + bars.length * rowH;
  const span = Math.log10(100); // 1/100 … 100
  const xOf = (r) =>
    left + ((Math.log10(Math.min(100, Math.max(0.01, r))) + span) / (2 * span)) * (W - left - 20);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui,sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="10" y="18" font-size="13" font-weight="bold">nutgraf / peer, same run (log scale; left of 1× = nutgraf smaller or faster)</text>`,
  ];
  for (const t of [0.01, 0.1, 1, 10, 100])
    parts.push(
      `<line x1="${xOf(t)}" x2="${xOf(t)}" y1="30" y2="${H - 10}" stroke="${t === 1 ? '#333' : '#ddd'}"/>`,
      `<text x="${xOf(t)}" y="${H - 0}" text-anchor="middle" fill="#555">${t}×</text>`,
    );
  bars.forEach((b, i) => {
    const y = 36 + i * rowH;
    const x0 = xOf(1);
    const x1 = xOf(b.r);
    parts.push(
      `<text x="${left - 6}" y="${y + 11}" text-anchor="end">${esc(b.label)}</text>`,
      `<rect x="${Math.min(x0, x1)}" y="${y + 2}" width="${Math.max(1, Math.abs(x1 - x0))}" height="${rowH - 6}" fill="${b.r <= 1 ? '#1e8449' : '#c0392b'}"/>`,
      `<text x="${Math.max(x0, x1) + 4}" y="${y + 11}" fill="#333">${b.r.toFixed(2)}×</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** The results as Markdown tables, for docs/benchmarks.md. */
export function formatMarkdown(results) {
  const m = results.machine;
  const out = [
    `Measured ${results.date.slice(0, 10)} on ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.chromium}, Node ${m.node}.`,
    `First render: median of ${results.method.runs} fresh pages; hover: ${results.method.hoverRuns} sweeps pooled; ratio = ours / peer from the same run (below 1 = ours smaller or faster).`,
    '',
    `| | contender | gzip | first render | hover work / frame (median · p95) | heap after GC | ${results.method.instances} instances (time · heap) |`,
    '|---|---|--:|--:|--:|--:|--:|',
  ];
  for (const r of results.rows) {
    const q = r.ratio ?? {};
    const geo = r.geometryGzip ? ` + ${kb(r.geometryGzip)} map` : '';
    const inst = r.instances?.error
      ? 'error'
      : `${ms(r.instances?.drawMs)} · ${mb(r.instances?.heap)}${x(q.instancesMs)}`;
    const name = r.ours ? `**\`${r.label}\`**` : r.label;
    out.push(
      `| ${r.kind} | ${name} | ${kb(r.gzip)}${x(q.gzip)}${geo} | ${ms(r.firstRenderMs)}${x(q.firstRenderMs)} | ${ms(r.hoverFrameMs)} · ${ms(r.hoverFrameP95Ms)}${x(q.hoverFrameMs)} | ${mb(r.heapBytes)}${x(q.heapBytes)} | ${inst} |`,
    );
  }
  const ns = Object.keys(Object.values(results.scale)[0] ?? {});
  if (ns.length) {
    out.push('', `Network layout, synthetic seeded graphs (3 edges per node), connect → drawn:`, '');
    out.push(`| | ${ns.map((n) => `${Number(n).toLocaleString('en')} nodes`).join(' | ')} |`);
    out.push(`|---|${ns.map(() => '--:').join('|')}|`);
    for (const [id, byN] of Object.entries(results.scale))
      out.push(
        `| ${id} | ${ns.map((n) => (byN[n].median != null ? ms(byN[n].median) : byN[n].note)).join(' | ')} |`,
      );
    out.push(
      `| ours / ECharts | ${ns.map((n) => (results.scaleRatio[n] == null ? '–' : `${results.scaleRatio[n].toFixed(2)}×`)).join(' | ')} |`,
    );
  }
  return out.join('\n');
}
