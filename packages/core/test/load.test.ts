import { expect } from '@open-wc/testing';
import { DatasetLoadError, clearDatasetCache, loadDataset } from '../src/index.js';

const fast = { backoff: 10 };

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    return error as DatasetLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset against a misbehaving server', () => {
  beforeEach(() => clearDatasetCache());

  it('reports a 404 at once, naming the URL and status, without retrying', async () => {
    const error = await failure(loadDataset('/__test/status/404', fast));
    expect(error).to.be.instanceOf(DatasetLoadError);
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('404').and.to.contain('/__test/status/404');
  });

  it('retries a 5xx twice, then succeeds when the server recovers', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const value = (await loadDataset(`/__test/flaky/${key}?fail=2`, fast)) as { attempts: number };
    expect(value.attempts).to.equal(3);
  });

  it('gives up after two retries of a 5xx', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const error = await failure(loadDataset(`/__test/flaky/${key}?fail=5`, fast));
    expect(error.status).to.equal(503);
    const after = (await loadDataset(`/__test/flaky/${key}?fail=5`, fast)) as { attempts: number };
    // 3 attempts by the first call, then 2 more failures and a success by the second.
    expect(after.attempts).to.equal(6);
  });

  it('rejects invalid JSON without retrying', async () => {
    const error = await failure(loadDataset('/__test/invalid-json', fast));
    expect(error.message).to.contain('not valid JSON');
  });

  it('rejects an HTML error page served where JSON was expected', async () => {
    const error = await failure(loadDataset('/__test/html', fast));
    expect(error.message).to.contain('not valid JSON');
  });

  it('accepts valid JSON served with the wrong content type', async () => {
    expect(await loadDataset('/__test/wrong-type', fast)).to.deep.equal({ schemaVersion: 2 });
  });

  it('times out a slow server', async () => {
    const error = await failure(loadDataset('/__test/slow/3000', { timeout: 200, retries: 0 }));
    expect(error.message).to.contain('timed out');
  });

  it('shares one request per URL among all callers', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const url = `/__test/counted/${key}`;
    const results = await Promise.all([
      loadDataset(url),
      loadDataset(url),
      loadDataset(`${location.origin}${url}`),
    ]);
    expect(results.map((r) => (r as { key: string }).key)).to.deep.equal([key, key, key]);
    const count = (await (await fetch(`/__test/count/${key}`)).json()) as { count: number };
    expect(count.count).to.equal(1);
  });

  it('stops waiting when its signal aborts, and leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    const controller = new AbortController();
    // The shared request goes on and fails later; nobody is left to handle that failure.
    const pending = loadDataset('/__test/status/500', { signal: controller.signal, retries: 0 });
    controller.abort();
    const error = await failure(pending);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    await new Promise((r) => setTimeout(r, 500));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.deep.equal([]);
  });
});
