// The iframe embed (dist/frame.js, loaded by each dist/frame/<tag>.html page beside
// dist/nutgraf.js): puts the page's graphic in the document with the frame URL's query
// parameters as its attributes, and tells the host page the document's height, so the host
// can size the frame without scrollbars.
//
// The page names its graphic with `data-nutgraf-frame="<tag>"` on the element that holds it.
// Only the element's own attribute names (its `observedAttributes`) are taken from the query,
// as text; `src` only when it is an http(s) or relative URL. The element is made once its tag
// is defined, so it renders once, with its attributes.
//
// The height goes to `parent` (only inside a frame) in three forms that common embed scripts
// read: Pym.js (`pymxPYMx<id>xPYMxheightxPYMx<height>`, when the query holds Pym's `childId`),
// `{ 'datawrapper-height': { <id>: height } }` (the id: `childId`, else the tag, which the frame's
// URL contains), and `{ type: 'nutgraf:height', height }`.

/** An http(s) URL, or a relative one (resolved against the frame's own, so also http(s)). */
function isWebUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
}

/** The query parameters that are attributes the element observes, with their values. */
function frameAttributes(query: URLSearchParams, observed: readonly string[]): [string, string][] {
  const known = new Set(observed);
  return [...query].filter(([name, value]) => known.has(name) && (name !== 'src' || isWebUrl(value)));
}

/** The messages that tell a host page the frame's height, in the forms embed scripts read. */
function heightMessages(height: number, id: string, pymId: string | null): unknown[] {
  const messages: unknown[] = [
    { type: 'nutgraf:height', height },
    { 'datawrapper-height': { [id]: height } },
  ];
  if (pymId) messages.push(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`);
  return messages;
}

/** Posts the document's height to the parent whenever it changes. */
function reportHeight(id: string, pymId: string | null): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(height, id, pymId)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

async function start(): Promise<void> {
  const holder = document.querySelector<HTMLElement>('[data-nutgraf-frame]');
  const tag = holder?.dataset.nutgrafFrame;
  if (!holder || !tag) return;
  const query = new URLSearchParams(location.search);
  reportHeight(query.get('childId') ?? tag, query.get('childId'));
  const element = (await customElements.whenDefined(tag)) as CustomElementConstructor & {
    observedAttributes?: string[];
  };
  const graphic = document.createElement(tag);
  for (const [name, value] of frameAttributes(query, element.observedAttributes ?? []))
    graphic.setAttribute(name, value);
  holder.append(graphic);
}

void start();
