// Settings for @custom-elements-manifest/analyzer, run by scripts/manifest.mjs.
//
// The plugin below keeps the manifest to the components' public API:
// - Lit reactive state (`static properties` entries with `state: true`) is internal: it is
//   neither an attribute nor a member, whatever its TypeScript modifier says;
// - `private`, `protected`, `#private` and `_underscored` members go;
// - a getter without a setter is `readonly`, a field holding an arrow function is a method; an attribute without a description takes its
//   property's;
// - every event has a name and a type: an event the analyzer saw dispatched as `new XEvent()`
//   gets the name from `XEvent.eventName`, an event documented by name only gets the class
//   whose `eventName` it is, and one event per name is kept (a subclass's own text first).

/** From the source: state property names and getter-only accessors by class name, event names by event class name. */
const stateOf = new Map();
const getterOnly = new Map();
/** Class name → instance fields initialised with an arrow function (methods, bound). */
const arrowFields = new Map();
const eventNames = new Map();
const ownEvents = new Map();
/** Module path → class names registered there by a top-level `Class.define()`. */
const defines = new Map();

const isTrue = (ts, node) => node?.kind === ts.SyntaxKind.TrueKeyword;
const isStatic = (ts, member) => member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);

function collect(ts, node, path) {
  const call = ts.isExpressionStatement(node) && ts.isSourceFile(node.parent) ? node.expression : null;
  if (
    call &&
    ts.isCallExpression(call) &&
    ts.isPropertyAccessExpression(call.expression) &&
    call.expression.name.text === 'define' &&
    ts.isIdentifier(call.expression.expression)
  )
    defines.set(path, [...(defines.get(path) ?? []), call.expression.expression.text]);
  if (!ts.isClassDeclaration(node) || !node.name) return;
  const name = node.name.text;
  const accessors = (kind) =>
    node.members.filter((m) => m.kind === kind && !isStatic(ts, m)).map((m) => m.name.getText());
  const setters = new Set(accessors(ts.SyntaxKind.SetAccessor));
  const fires = ts.getJSDocTags(node).filter((t) => ['fires', 'event'].includes(t.tagName.text));
  ownEvents.set(name, new Set(fires.map((t) => /^\s*(?:\{[^}]*\}\s*)?([\w-]+)/.exec(t.comment ?? '')?.[1])));
  getterOnly.set(name, new Set(accessors(ts.SyntaxKind.GetAccessor).filter((n) => !setters.has(n))));
  const arrows = new Map();
  for (const m of node.members)
    if (ts.isPropertyDeclaration(m) && !isStatic(ts, m) && m.initializer && ts.isArrowFunction(m.initializer))
      arrows.set(m.name.getText(), m.initializer);
  arrowFields.set(
    name,
    new Map(
      [...arrows].map(([key, fn]) => [
        key,
        {
          parameters: fn.parameters.map((p) => ({
            name: p.name.getText(),
            ...(p.questionToken ? { optional: true } : {}),
            ...(p.type ? { type: { text: p.type.getText() } } : {}),
          })),
          ...(fn.type ? { return: { type: { text: fn.type.getText() } } } : {}),
        },
      ]),
    ),
  );
  for (const member of node.members) {
    if (!isStatic(ts, member) || !ts.isPropertyDeclaration(member) || !member.initializer) continue;
    const key = member.name.getText();
    if (key === 'eventName' && ts.isStringLiteral(member.initializer))
      eventNames.set(name, member.initializer.text);
    if (key === 'properties' && ts.isObjectLiteralExpression(member.initializer)) {
      const state = new Set();
      for (const entry of member.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const flag = entry.initializer.properties.find(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state',
        );
        if (flag && isTrue(ts, flag.initializer)) state.add(entry.name.getText());
      }
      stateOf.set(name, state);
    }
  }
}

/** True for a member or attribute that is part of the public API of class `owner`. */
function isPublic(item, owner, nameOf = (x) => x.name) {
  const name = nameOf(item);
  if (!name || name.startsWith('#') || name.startsWith('_')) return false;
  if (item.privacy === 'private' || item.privacy === 'protected') return false;
  const from = item.inheritedFrom?.name ?? owner;
  return !stateOf.get(from)?.has(name);
}

function cleanEvents(events, owner) {
  const typeOf = new Map([...eventNames].map(([type, name]) => [name, type]));
  const byName = new Map();
  for (const event of events) {
    const name = event.name ?? eventNames.get(event.type?.text);
    if (!name) continue;
    const type = event.type?.text ?? typeOf.get(name);
    const next = { name, ...(type ? { type: { text: type } } : {}), ...event };
    next.name = name;
    if (type) next.type = { text: type };
    const seen = byName.get(name);
    // A class's own entry (with its own description) wins over the one it inherits.
    if (!seen || (seen.inheritedFrom && !next.inheritedFrom) || (!seen.description && next.description))
      byName.set(name, { ...seen, ...next, description: next.description ?? seen?.description });
  }
  // An event the class documents itself is its own, though a base class dispatches it.
  return [...byName.values()].map(({ inheritedFrom, ...event }) =>
    inheritedFrom && !ownEvents.get(owner)?.has(event.name) ? { ...event, inheritedFrom } : event,
  );
}

function publicApiPlugin() {
  return {
    name: 'nutgraf-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      collect(ts, node, moduleDoc.path);
    },
    packageLinkPhase({ customElementsManifest }) {
      // `Class.define()` registers the class's tag: say so as the schema does.
      const classes = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).map((decl) => ({ decl, module: mod.path })),
      );
      for (const mod of customElementsManifest.modules ?? [])
        for (const name of defines.get(mod.path) ?? []) {
          const found = classes.find((c) => c.decl.name === name && c.decl.tagName);
          if (!found) continue;
          (mod.exports ??= []).push({
            kind: 'custom-element-definition',
            name: found.decl.tagName,
            declaration: { name, module: found.module },
          });
        }
      for (const mod of customElementsManifest.modules ?? [])
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const members = decl.members
            ?.filter((m) => isPublic(m, decl.name))
            .map((m) => {
              const owner = m.inheritedFrom?.name ?? decl.name;
              if (getterOnly.get(owner)?.has(m.name)) return { ...m, readonly: true };
              const arrow = arrowFields.get(owner)?.get(m.name);
              // A bound method is a method to its callers.
              if (arrow && m.kind === 'field') {
                const { type: _type, default: _default, ...rest } = m;
                return { ...rest, kind: 'method', ...arrow };
              }
              return m;
            });
          const attributes = decl.attributes
            ?.filter((a) => isPublic(a, decl.name, (x) => x.fieldName ?? x.name))
            .map((a) => {
              const field = members?.find((m) => m.name === a.fieldName && !m.static);
              return a.description || !field?.description ? a : { ...a, description: field.description };
            });
          const events = decl.events && cleanEvents(decl.events, decl.name);
          for (const [key, value] of Object.entries({ members, attributes, events })) {
            if (value?.length) decl[key] = value;
            else delete decl[key];
          }
        }
    },
  };
}

export default {
  litelement: true,
  // scripts/manifest.mjs writes the files and package.json "customElements" stays as committed.
  packagejson: false,
  plugins: [publicApiPlugin()],
};
