// Endpoints under /__test/ that play a misbehaving data server for loader tests.
const DATASET = '{"schemaVersion":2}';
const flaky = new Map();

export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  ctx.set('Cache-Control', 'no-store');
  switch (kind) {
    case 'status': // /__test/status/404
      ctx.status = Number(arg) || 500;
      ctx.body = `status ${ctx.status}`;
      return;
    case 'slow': // /__test/slow/2000 answers after 2000 ms
      await new Promise((resolve) => setTimeout(resolve, Number(arg) || 1000));
      ctx.type = 'application/json';
      ctx.body = DATASET;
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"schemaVersion": 2,';
      return;
    case 'wrong-type': // valid JSON served as HTML
      ctx.type = 'text/html';
      ctx.body = DATASET;
      return;
    case 'html': // an HTML error page where JSON was expected
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title><p>Not found</p>';
      return;
    case 'flaky': {
      // /__test/flaky/<key>?fail=2 answers 503 twice, then JSON
      const seen = (flaky.get(arg) ?? 0) + 1;
      flaky.set(arg, seen);
      const fail = Number(url.searchParams.get('fail') ?? 2);
      if (seen <= fail) {
        ctx.status = 503;
        ctx.body = 'try later';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ attempts: seen });
      return;
    }
    case 'count': {
      // /__test/count/<key> tells how many times /__test/counted/<key> was requested
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: flaky.get(`counted:${arg}`) ?? 0 });
      return;
    }
    case 'counted': {
      flaky.set(`counted:${arg}`, (flaky.get(`counted:${arg}`) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ key: arg });
      return;
    }
    default:
      return next();
  }
}
