import type { Args, ArgTypes, Meta } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json' with { type: 'json' };
import { embedSource } from './snippet.js';

interface Field {
  kind: string;
  name: string;
  description?: string;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  members?: Field[];
}

/** The manifest's declaration of a tag. */
function declaration(tag: string): Declaration | undefined {
  for (const module of manifest.modules as { declarations?: Declaration[] }[])
    for (const d of module.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** A property's type that a JSON editor can set (a dataset, a geometry). */
const objectLike = (type = '') => /unknown|object|\{|\[|Record|Dataset/.test(type);

/**
 * Everything a component's stories share, generated from the custom elements manifest by
 * `@wc-toolkit/storybook-helpers`: a control for every public attribute, property, CSS custom
 * property and part; a render that passes the controls to the element (attributes as
 * attributes, `data` as a property) and logs its events in the Actions panel; and "Show code"
 * written from the current args, as a page would embed it.
 *
 * Properties without a description in the manifest are internal state: hidden, never set.
 */
export function controlsFor(tag: string) {
  const helpers = getStorybookHelpers(tag);
  const fields = declaration(tag)?.members?.filter((m) => m.kind === 'field') ?? [];
  const shown: ArgTypes = {};
  const hidden: ArgTypes = {};
  const properties = new Set<string>();
  for (const [key, argType] of Object.entries(helpers.argTypes)) {
    // An event the manifest lists without a name has nothing to listen to.
    if (argType.name === undefined || argType.name === 'undefined') continue;
    const category = argType.table?.category;
    if (category === 'properties') {
      properties.add(key);
      const field = fields.find((f) => f.name === key);
      if (field?.description)
        shown[key] = { ...argType, control: objectLike(field.type?.text) ? 'object' : false };
      else hidden[key] = { ...argType, control: false, table: { disable: true } };
    } else if (argType.table?.disable) hidden[key] = argType;
    else shown[key] = argType;
  }
  // The tables list the sections in the order their rows come: the helper's order
  // (attributes, properties, CSS, methods, events), then what they hide.
  const argTypes: ArgTypes = { ...shown, ...hidden };
  // Unset properties stay unset (the element then draws the bundled dataset); attributes
  // start empty, which leaves them off the element.
  // In the tables' order: Storybook lists the sections as the args first name them.
  const args: Args = Object.fromEntries(
    Object.keys(argTypes)
      .filter((key) => key in helpers.args && !properties.has(key))
      .map((key) => [key, helpers.args[key]]),
  );
  // An attribute at its default is left off the element (and out of "Show code").
  const atDefault = (key: string, value: unknown) =>
    argTypes[key]?.table?.category === 'attributes' &&
    String(value) === String((argTypes[key] as { defaultValue?: unknown }).defaultValue);
  const render = (current: Args) =>
    helpers.template(
      Object.fromEntries(
        Object.entries(current)
          .filter(([key, value]) => !properties.has(key) || value !== undefined)
          .map(([key, value]) => [key, atDefault(key, value) ? undefined : value]),
      ),
    );
  const meta = {
    component: tag,
    args,
    argTypes,
    render,
    parameters: {
      docs: { source: { excludeDecorators: true, transform: embedSource } },
    },
  } satisfies Meta;
  return { meta, render, logEvent: helpers.logEvent };
}
