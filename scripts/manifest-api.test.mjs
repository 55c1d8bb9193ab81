// The published manifests against the components' source, read with the TypeScript compiler:
// per tag, the manifest's attributes, properties, methods and events are exactly what the class
// exposes (both ways), each with a description and each event with its type; its CSS parts
// and custom properties are documented and used. Catches a public member added without a
// description (or by accident), internal state leaking into the API, and stale docs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { COMPONENTS } from './components.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = COMPONENTS.map((c) => c.package);

const tags = PACKAGES.flatMap((pkg) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((decl) => ({ pkg, mod, decl, manifest })),
  );
});

const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
);
const sources = tags.map(({ pkg, mod }) =>
  join(root, 'packages', pkg, mod.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')),
);
const program = ts.createProgram(sources, { ...config.options, noEmit: true });
const checker = program.getTypeChecker();

const inRepo = (node) => !node.getSourceFile().fileName.includes('/node_modules/');
const hidden = (decl) =>
  (ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0 ||
  (decl.name && ts.isPrivateIdentifier(decl.name));

function findClass(file, name) {
  let found;
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === name) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(file));
  return found;
}

/** The class and its base classes, nearest first: those in this repository, then the first outside. */
function chain(cls) {
  const out = [cls];
  for (let c = cls; c;) {
    const base = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!base) break;
    const symbol = checker.getSymbolAtLocation(base.expression);
    const target =
      symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    c = target?.declarations?.find(ts.isClassDeclaration);
    if (c) out.push(c);
    if (c && !inRepo(c)) break;
  }
  return out;
}

/** Lit `static properties` of one class: name → options object literal. */
function litProperties(cls) {
  const member = cls.members.find(
    (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer,
  );
  const out = new Map();
  if (!member || !ts.isObjectLiteralExpression(member.initializer)) return out;
  for (const p of member.initializer.properties)
    if (ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer))
      out.set(
        p.name.getText(),
        Object.fromEntries(
          p.initializer.properties
            .filter(ts.isPropertyAssignment)
            .map((o) => [
              o.name.getText(),
              ts.isStringLiteral(o.initializer) ? o.initializer.text : o.initializer.getText(),
            ]),
        ),
      );
  return out;
}

/** What a component class exposes, read from its source and its base classes'. */
function exposed(cls) {
  const classes = chain(cls);
  const own = classes.filter(inRepo);
  const external = classes.find((c) => !inRepo(c));
  const lit = new Map(own.flatMap((c) => [...litProperties(c)]).reverse());
  const state = new Set([...lit].filter(([, o]) => o.state === 'true').map(([n]) => n));
  const attributes = new Set(
    [...lit]
      .filter(([, o]) => o.state !== 'true' && o.attribute !== 'false')
      .map(([name, o]) => (o.attribute && o.attribute !== 'true' ? o.attribute : name.toLowerCase())),
  );
  const side = (type, externalType) => {
    const skip = new Set(externalType ? checker.getPropertiesOfType(externalType).map((s) => s.name) : []);
    const out = new Map();
    for (const symbol of checker.getPropertiesOfType(type)) {
      const decls = (symbol.declarations ?? []).filter(inRepo);
      if (!decls.length || skip.has(symbol.name) || state.has(symbol.name) || symbol.name === 'prototype')
        continue;
      if (decls.some(hidden)) continue;
      const t = checker.getTypeOfSymbol(symbol);
      out.set(symbol.name, t.getCallSignatures().length ? 'method' : 'field');
    }
    return out;
  };
  const instance = side(checker.getTypeAtLocation(cls), external && checker.getTypeAtLocation(external));
  const statics = side(
    checker.getTypeOfSymbolAtLocation(checker.getSymbolAtLocation(cls.name), cls),
    external && checker.getTypeOfSymbolAtLocation(checker.getSymbolAtLocation(external.name), external),
  );
  // Events: `new X(…)` in the class chain, X a class with a static `eventName`.
  const events = new Map();
  const visit = (node) => {
    if (ts.isNewExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.expression);
      const target =
        symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
      const decl = target?.declarations?.find(ts.isClassDeclaration);
      const nameMember = decl?.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'eventName',
      );
      if (nameMember?.initializer && ts.isStringLiteral(nameMember.initializer))
        events.set(nameMember.initializer.text, decl.name.text);
    }
    ts.forEachChild(node, visit);
  };
  own.forEach(visit);
  return { attributes, instance, statics, events };
}

const sorted = (items) => [...items].sort();
const described = (list, what) => {
  for (const item of list ?? [])
    assert.ok(item.description?.trim(), `${what} \`${item.name}\` has no description in the manifest`);
};

describe('custom elements manifests describe the public API exactly', () => {
  test('there are components to check', () => assert.equal(tags.length, PACKAGES.length));

  for (const { pkg, mod, decl } of tags) {
    describe(`<${decl.tagName}>`, () => {
      const file = join(root, 'packages', pkg, mod.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
      const cls = findClass(file, decl.name);
      const api = exposed(cls);
      const members = decl.members ?? [];

      test('attributes: those of its non-state reactive properties, each described', () => {
        assert.deepEqual(sorted((decl.attributes ?? []).map((a) => a.name)), sorted(api.attributes));
        described(decl.attributes, 'attribute');
      });

      test('instance properties and methods: the public ones of the class, each described', () => {
        const listed = members.filter((m) => !m.static);
        assert.deepEqual(sorted(listed.map((m) => m.name)), sorted(api.instance.keys()));
        for (const m of listed)
          assert.equal(m.kind, api.instance.get(m.name), `${m.name} is a ${api.instance.get(m.name)}`);
        described(listed, 'member');
      });

      test('static members: the public ones of the class (define, tagName), each described', () => {
        const listed = members.filter((m) => m.static);
        assert.deepEqual(sorted(listed.map((m) => m.name)), sorted(api.statics.keys()));
        described(listed, 'static member');
      });

      test('events: every event the class dispatches, named, typed and described', () => {
        const events = decl.events ?? [];
        assert.deepEqual(sorted(events.map((e) => e.name)), sorted(api.events.keys()));
        for (const e of events) assert.equal(e.type?.text, api.events.get(e.name), `type of ${e.name}`);
        described(events, 'event');
      });

      test('CSS parts and custom properties: documented, and the documented ones exist', () => {
        described(decl.cssParts, 'CSS part');
        described(decl.cssProperties, 'CSS custom property');
        const text = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
        const own = text(file) + text(file.replace(/\.ts$/, '.styles.ts'));
        const shared = [
          'nutgraf-element.ts',
          'ui/tooltip.ts',
          'ui/legend.ts',
          'ui/source-note.ts',
          'ui/data-table.ts',
        ]
          .map((f) => text(join(root, 'packages/core/src', f)))
          .join('');
        const parts = (t) => new Set([...t.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]));
        const documented = new Set((decl.cssParts ?? []).map((p) => p.name));
        for (const p of parts(own)) assert.ok(documented.has(p), `part "${p}" is not documented`);
        const used = parts(own + shared);
        for (const p of documented) assert.ok(used.has(p), `documented part "${p}" is not rendered`);
        const props = new Set((decl.cssProperties ?? []).map((p) => p.name));
        // The palette is documented once, as --nutgraf-color-1 (…through -7).
        for (const [name] of own.matchAll(/--nutgraf-[\w-]+/g))
          assert.ok(
            props.has(name.replace(/^--nutgraf-color-[2-9]$/, '--nutgraf-color-1')),
            `${name} is not documented`,
          );
      });

      test('module paths are those the package ships', () => {
        assert.match(mod.path, /^dist\/.+\.js$/);
        assert.equal(mod.typeDefinitionPath, mod.path.replace(/\.js$/, '.d.ts'));
        const dist = join(root, 'packages', pkg, 'dist');
        if (existsSync(dist))
          assert.ok(existsSync(join(root, 'packages', pkg, mod.path)), `${mod.path} is not built`);
      });
    });
  }
});
