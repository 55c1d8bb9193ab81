// What the trace benches share: reading a Chromium trace over CDP, the V8 sampling profiler's
// samples on the trace's clock, and what ran inside one main-thread task.

/**
 * Why the old generation's collection whose atomic pause starts at `ts` began: V8's `gc_reason`
 * on the last marking start before it among `events` (one thread's, `disabled-by-default-v8.gc`
 * traced), such as "memory reducer", "task" or "allocation limit".
 */
export const gcReason = (events, ts) =>
  events.findLast((e) => e.name === 'V8.GCIncrementalMarkingStart' && e.ts <= ts)?.args?.value?.gc_reason;

/** Starts a trace (a ring buffer of `categories`) and, with `profile`, the sampling profiler (every `interval` µs). */
export async function startTrace(cdp, categories, { profile = true, interval = 100 } = {}) {
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval });
  }
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordContinuously', includedCategories: categories },
  });
  if (profile) await cdp.send('Profiler.start');
}

/** Stops what {@link startTrace} started: `{ events, profile }` (profile undefined without one). */
export async function stopTrace(cdp, { profile = true } = {}) {
  const stopped = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  const parts = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    parts.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return { events: JSON.parse(Buffer.concat(parts).toString('utf8')).traceEvents, profile: stopped };
}

/**
 * The profiler's samples (`{ t, id }`, t in trace microseconds), its nodes by id and each node's
 * parent: a sample stands for 0.1 ms on the CPU (the sampling interval).
 */
export function profileSamples(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const samples = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    samples.push({ t, id });
  });
  return { byId, parent, samples };
}

/**
 * The trace's top-level events inside `task` (the direct children: events that start inside it
 * and are not inside another child), summed by kind in ms: timers and function calls by name.
 */
export function topLevel(onMain, task) {
  const inside = within(onMain, task).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const e of inside) {
    const last = top[top.length - 1];
    if (!last || e.ts >= last.ts + last.dur) top.push(e);
  }
  const kinds = {};
  for (const e of top) {
    const what =
      e.name === 'TimerFire' || e.name === 'FunctionCall'
        ? `${e.name}(${e.args?.data?.functionName || e.args?.data?.timerId || ''})`
        : e.name;
    kinds[what] = (kinds[what] ?? 0) + e.dur / 1000;
  }
  return kinds;
}

/** The renderer's main thread: its complete events (`ph: 'X'`) and its tasks. */
export function mainThread(events) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  // With several renderers (a page and its frames), the one that parsed the page.
  const main =
    names.find((n) => events.some((e) => e.tid === n.tid && e.pid === n.pid && e.name === 'ParseHTML')) ??
    names[0];
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid);
  return { onMain, tasks: onMain.filter((e) => e.name === 'RunTask') };
}

/** The `n` largest entries of `o`, as `name value` (value × `scale`, rounded to 0.1). */
export const largest = (o, n = 10, scale = 1) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${Math.round(v * scale * 10) / 10}`)
    .join(', ');

/** The events that start and end inside `task` (on the main thread). */
export function within(onMain, task) {
  return onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
}
