/**
 * The network's module worker (`layout-worker.ts`), started from the package's own origin.
 *
 * @module
 */
interface Policy {
  createScriptURL(url: string): string;
}
let policy: Policy | null | undefined;

/**
 * `new Worker` under Trusted Types: the worker's URL goes through the `nutgraf-worker` policy,
 * which passes only URLs of the page's own origin (the only ones a worker may load). Where a
 * page's CSP lists trusted-type policies without this one, creating it throws and no worker
 * starts. Named `Worker` and called as `new Worker(new URL('./layout-worker.js',
 * import.meta.url), { type: 'module' })` so that bundlers (Vite, webpack) find the worker and
 * build it. `globalThis.Worker` is read at each call.
 */
export const Worker = function (url: URL, options: WorkerOptions): Worker {
  const trustedTypes = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }
  ).trustedTypes;
  if (trustedTypes && policy === undefined)
    try {
      policy = trustedTypes.createPolicy('nutgraf-worker', {
        createScriptURL: (href) => {
          if (new URL(href).origin !== location.origin) throw new TypeError(`${href} is not of this origin`);
          return href;
        },
      });
    } catch {
      policy = null;
    }
  if (policy === null) throw new TypeError("No Trusted Types policy for the network's worker.");
  return new globalThis.Worker(policy ? policy.createScriptURL(url.href) : url, options);
} as unknown as typeof globalThis.Worker;
