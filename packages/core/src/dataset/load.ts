/**
 * Fetches a dataset JSON once per URL for the whole page, with a timeout and retries.
 *
 * @module
 */

/** Why a load failed, in words a reader can be shown. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(
    message: string,
    /** The URL that failed. */
    readonly url: string,
    /** HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Options for {@link loadDataset}. */
export interface LoadOptions {
  /** Cancels waiting for the result. The shared request goes on for other callers. */
  signal?: AbortSignal;
  /** Milliseconds before one attempt is abandoned. Default 10 000. */
  timeout?: number;
  /** Retries after a network error, timeout or 5xx answer. Default 2. Never on 4xx or bad JSON. */
  retries?: number;
  /** Delay before the first retry in ms; doubles each time. Default 500. */
  backoff?: number;
}

const shared = new Map<string, Promise<unknown>>();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(
  url: string,
  timeout: number,
): Promise<{ retry: boolean; value?: unknown; error?: DatasetLoadError }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      const error = new DatasetLoadError(
        `The server answered ${response.status} for ${url}.`,
        url,
        response.status,
      );
      return { retry: response.status >= 500, error };
    }
    const text = await response.text();
    try {
      return { retry: false, value: JSON.parse(text) as unknown };
    } catch {
      return { retry: false, error: new DatasetLoadError(`${url} is not valid JSON.`, url, response.status) };
    }
  } catch {
    const what = controller.signal.aborted ? `timed out after ${timeout / 1000} s` : 'could not be reached';
    return { retry: true, error: new DatasetLoadError(`${url} ${what}.`, url) };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchWithRetries(
  url: string,
  timeout: number,
  retries: number,
  backoff: number,
): Promise<unknown> {
  for (let n = 0; ; n++) {
    const result = await attempt(url, timeout);
    if (!result.error) return result.value;
    if (!result.retry || n >= retries) throw result.error;
    await wait(backoff * 2 ** n);
  }
}

/**
 * Loads a dataset JSON. All callers on the page asking for the same URL share one
 * request; a failed request is forgotten so a later call tries again. The returned
 * value is parsed JSON, not yet validated: pass it to `validateDataset`.
 *
 * @example
 * const raw = await loadDataset('/data/my-story.json', { signal });
 */
export function loadDataset(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal, timeout = 10_000, retries = 2, backoff = 500 } = options;
  const key = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  let request = shared.get(key);
  if (!request) {
    request = fetchWithRetries(key, timeout, retries, backoff);
    shared.set(key, request);
    // Forget failures so a retry later is possible; mark the rejection as handled here.
    request.catch(() => shared.delete(key));
  }
  if (!signal) return request;
  if (signal.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    request.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Empties the per-page cache (tests, or pages that replace a dataset in place). */
export function clearDatasetCache(): void {
  shared.clear();
}
