// Runs in the benchmark page: draws `count` charts of one contender and records when the
// last one is on screen (the frame after it is drawn) in `window.__result`.
// Query: ?n=<nodes> draws a seeded synthetic network instead of the default dataset;
// ?count=<k> draws k instances.

const SIZES = { map: [800, 444], donut: [400, 400], network: [800, 560] };

function whenDrawn(el, selector) {
  return new Promise((resolve) => {
    const root = el.shadowRoot;
    const check = () => {
      if (root.querySelector(selector) || root.querySelector('[role="alert"]')) {
        observer.disconnect();
        resolve();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    check();
  });
}

async function drawOurs(c, host, data) {
  const el = document.createElement(c.tag);
  // Drawn at once, as the peers draw: by default a graphic waits until it comes near the screen
  // (decision 0703), and most of 50 on one page never do.
  el.loading = 'eager';
  el.data = data;
  host.append(el);
  await el.updateComplete;
  await whenDrawn(el, c.readySelector);
}

export async function run(c, kind, dataset, synthetic) {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 0);
  const count = Number(params.get('count') ?? 1);
  const data = n ? synthetic(n, n * 3) : dataset;
  const [w, h] = SIZES[kind];
  const hosts = [];
  for (let i = 0; i < count; i++) {
    const host = document.createElement('div');
    host.className = 'host';
    host.style.width = `${w}px`;
    if (!c.tag) host.style.height = `${h}px`;
    document.body.append(host);
    hosts.push(host);
  }
  const t0 = performance.now();
  try {
    await Promise.all(hosts.map((host) => (c.tag ? drawOurs(c, host, data) : c.render(host, data))));
    await new Promise((r) => requestAnimationFrame(() => r()));
    const t1 = performance.now();
    window.__result = { ready: t1, drawMs: t1 - t0 };
  } catch (error) {
    window.__result = { error: String(error?.stack ?? error) };
  }
}
