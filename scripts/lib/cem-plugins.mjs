// Plugins for @custom-elements-manifest/analyzer (see custom-elements-manifest.config.mjs).
// They run in the analyzer's last phase, `packageLinkPhase`, on the whole manifest, so
// that every later plugin (the editor-data generators) and every reader of
// custom-elements.json sees the published API only, at the paths that are shipped.
import { posix } from 'node:path';

/** Lifecycle callbacks every custom element has: part of the platform's contract, not this package's API. */
const LIFECYCLE = new Set(['connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback']);

const isPublic = (member) =>
  !member.privacy && !member.name.startsWith('#') && !member.name.startsWith('_') && !LIFECYCLE.has(member.name);

/**
 * Keeps public members only: drops `private` and `protected` members, `#private` and
 * `_underscore` internals, and the platform's lifecycle callbacks. Public methods
 * (the table's `csv()`) and fields stay.
 */
export function publicApiPlugin() {
  return {
    name: 'practicas-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          // The analyzer takes any class extending LitElement for an element; a base class
          // that defines no tag (PracticasElement) is not one.
          if (decl.customElement && !decl.tagName) delete decl.customElement;
          if (decl.members) decl.members = decl.members.filter(isPublic);
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.name.startsWith('_'));
        }
      }
    },
  };
}

/**
 * Drops type-only exports (`export type { Dataset } from './data/schema.js'`) from the
 * modules' `exports`: they are no JavaScript export, and a module of types only
 * (src/data/schema.ts) ships no .js file for a tool to import. Runs before the paths are rewritten.
 */
export function typeExportsPlugin() {
  const soloTipos = new Map();
  return {
    name: 'practicas-type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      const nombres = soloTipos.get(moduleDoc.path) ?? new Set();
      for (const spec of node.exportClause.elements) {
        if (node.isTypeOnly || spec.isTypeOnly) nombres.add(spec.name.text);
      }
      soloTipos.set(moduleDoc.path, nombres);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const nombres = soloTipos.get(mod.path);
        if (nombres && mod.exports) mod.exports = mod.exports.filter((e) => !(e.kind === 'js' && nombres.has(e.name)));
      }
      // A module left with nothing to describe (types only, or only `@internal` exports) is not listed.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) => mod.declarations?.length || mod.exports?.length,
      );
    },
  };
}

/** `src/a/b.ts`, `/src/a/b.js` → `dist/a/b.js`: the file the npm build ships for that source. */
export function distPath(path) {
  const m = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  return m ? `dist/${m[1]}.js` : path;
}

/**
 * Rewrites every module reference (`path`, `module`) from the TypeScript sources to the
 * ES modules of the npm build: `src/**\/*.ts` → `dist/**\/*.js`. A relative one
 * (`export * from './data/schema.js'` gives `./data/schema.js`) is resolved against its
 * module first. References to other packages (`package: 'lit'`) are left alone.
 */
export function distPathsPlugin() {
  const resolver = (ref, desde) => (/^\.\.?\//.test(ref) ? posix.normalize(posix.join(posix.dirname(desde), ref)) : ref);
  const visit = (node, desde) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, desde));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = distPath(resolver(value, desde));
      else visit(value, desde);
    }
  };
  return {
    name: 'practicas-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) visit(mod, mod.path);
    },
  };
}

/**
 * Points each element at its registration module (`dist/components/<tag>/<tag>.js`):
 * that module holds the `custom-element-definition` export and re-exports the class
 * under its own name, so a tool that imports an element from the manifest imports the
 * module that defines the tag (importing the class module alone registers nothing).
 */
export function registrationPlugin() {
  return {
    name: 'practicas-registration',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        const definitions = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
        for (const def of definitions) {
          const { name, module } = def.declaration;
          const classModule = modules.find((m) => m.path === module);
          const decl = classModule?.declarations?.find((d) => d.name === name && d.customElement);
          if (!decl) throw new Error(`${mod.path}: defines <${def.name}> with ${name}, which ${module} does not declare`);
          if (decl.tagName !== def.name) throw new Error(`${name} is <${decl.tagName}> but ${mod.path} defines <${def.name}>`);
          // A named re-export of the class beside `export *`, so the registration module names it.
          if (!mod.exports.some((e) => e.kind === 'js' && e.name === name)) {
            mod.exports.unshift({ kind: 'js', name, declaration: { name, module } });
          }
        }
      }
    },
  };
}

/**
 * Gives each attribute an `editorType`: its type as an attribute takes it, without `null`
 * (an absent attribute is the null), which the editor-data generators read (`typesSrc`) to
 * offer the values of an enumerated attribute: `esquema` → `auto`, `claro`, `oscuro`.
 */
export function editorTypesPlugin() {
  return {
    name: 'practicas-editor-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const attr of decl.attributes ?? []) {
            const text = attr.type?.text;
            if (!text) continue;
            const sinNull = text
              .split('|')
              .map((t) => t.trim())
              .filter((t) => t !== 'null' && t !== 'undefined');
            attr.editorType = { text: sinNull.join(' | ') };
          }
        }
      }
    },
  };
}
