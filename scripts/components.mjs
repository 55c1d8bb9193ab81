// The one list of components (components.json at the root), for every script that needs it.
import { readFileSync } from 'node:fs';

/** @typedef {{ tag: string, package: string, class: string, maxGzip: number }} Component */

/** @type {Component[]} */
export const COMPONENTS = JSON.parse(
  readFileSync(new URL('../components.json', import.meta.url), 'utf8'),
).components;

/** The packages rollup builds, in dependency order: core, each component, the umbrella. */
export const PACKAGES = ['core', ...COMPONENTS.map((c) => c.package), 'nutgraf'];
