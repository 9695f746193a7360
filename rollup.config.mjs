// Two builds from the same sources, each for its own job (as Shoelace and Web Awesome do):
//  - dist/**  the npm build, for bundlers: one ES module per source file, `lit`, `@lit/task` and `zod`
//             left as imports of the dependencies, declarations beside each module (tsc). zod is reached
//             only through a dynamic import(), when a dataset is loaded by URL.
//  - cdn/**   for script tags, with the data and the geometry inside: cdn/practicas.iife.js, the classic
//             script (global `Practicas`), one self-contained file with everything; cdn/practicas.js, the
//             ES module, with its validator in cdn/practicas-validador.js beside it, loaded only for `src`,
//             and the table's Excel writer in cdn/practicas-excel.js, loaded only on a click of «Descargar Excel»;
//             THIRD-PARTY-NOTICES.txt beside them. No source maps: they would be most of the
//             package, and the npm build is the one to debug with (readable modules, no minifier).
// The manifest and the editor data come from `cem analyze` (custom-elements-manifest.config.mjs).
import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));

// Only src/ (tsconfig.build.json); declarations are tsc's job, not rollup's.
const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    outDir: undefined,
  });
// preferConst keeps the JSON a plain object literal; compact drops indentation.
const data = () => json({ preferConst: true, compact: true });

// The CSS and HTML inside Lit's css`` and html`` templates, minified (Lightning CSS and
// html-minifier-next through `minify-literals`): terser leaves template text alone, and
// bundlers do too, so both builds ship it minified. It saves about 2.5 KB gzip in the CDN file.
const literals = () => ({
  name: 'minify-literals',
  async transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map } : null;
  },
});

// `module` lets terser mangle top-level names: right for the ES module, wrong for
// the IIFE, whose top-level `var Practicas` is the global the page uses. Licence
// comments of the bundled libraries are replaced by one banner that points at the
// notice file (their full texts are there).
const minify = (module) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: /^!/ } });

// V8's per-file compile hint (Chromium 136+; other engines read a comment): the page calls most of the
// file's functions as soon as a widget is created, and V8 then compiles them all while it streams the
// file, off the main thread, instead of one by one on the main thread at their first call. That lazy
// compilation was about a third of the map's first frame (12 ms to its first paint on a fresh page,
// 8 with the hint). Only the files every page runs: not the validator or the Excel writer, loaded on demand.
// It must come first in the file, so it goes on after the minifier, which keeps only /*! */ comments.
const compileHint = () => ({
  name: 'compile-hint',
  renderChunk: (code, chunk) => (chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null),
});

const THIRD_PARTY = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', 'zod', 'fflate', 'tslib'];
const banner =
  `/*! ${pkg.name} ${pkg.version} | ${pkg.license} (the map geometry is MPL-2.0, INEI 2007) | ` +
  `bundles ${THIRD_PARTY.join(', ')}: licences in THIRD-PARTY-NOTICES.txt */`;

// THIRD-PARTY-NOTICES.txt beside the CDN files: each bundled package's licence, verbatim.
const notices = () => ({
  name: 'third-party-notices',
  generateBundle() {
    const sections = THIRD_PARTY.map((name) => {
      const dir = `node_modules/${name}`;
      const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
      const text = readFileSync(`${dir}/${name === 'tslib' ? 'LICENSE.txt' : 'LICENSE'}`, 'utf8').trim();
      return `${name} ${version} (${license})\n${'-'.repeat(72)}\n${text}\n`;
    });
    const geometry = readFileSync('data/peru-departamentos.NOTICE.md', 'utf8').trim();
    this.emitFile({
      type: 'asset',
      fileName: 'THIRD-PARTY-NOTICES.txt',
      source:
        `Third-party software and data bundled in the files of this folder (cdn/).\n\n` +
        `${sections.join('\n')}\nMap geometry (MPL-2.0; full text in data/LICENSE-MPL-2.0.txt)\n${'-'.repeat(72)}\n${geometry}\n`,
    });
  },
});

const onwarn = (warning, warn) => {
  // Lit's `this` at module top level in some helpers is expected.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // zod places some /*#__PURE__*/ comments where Rollup cannot use them; harmless.
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return;
  // zod's core has an internal import cycle; harmless.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  {
    input: ['src/index.ts', 'src/practicas.ts'],
    external: (id) => /^(lit|@lit\/[^/]+|zod|fflate)(\/|$)/.test(id),
    plugins: [nodeResolve(), data(), ts(), literals()],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => {
        if (chunk.name.endsWith('.json')) return `data/${chunk.name.split('/').pop()}.js`;
        // tslib's decorator helper: a plain file of ours, not a nested node_modules folder.
        if (chunk.name.includes('node_modules/tslib')) return 'vendor/tslib.js';
        return '[name].js';
      },
    },
  },
  {
    input: 'src/practicas.ts',
    plugins: [nodeResolve(), data(), ts(), literals(), notices()],
    onwarn,
    output: [
      {
        // The validator (zod, the schema, the sentences about problems: about 9 KB gzip)
        // is a file beside the module, imported relative to it, and only when a page
        // gives a widget `src`: pages that show the bundled data never download it.
        // The table's Excel writer (fflate and the SpreadsheetML parts: about 6 KB gzip)
        // likewise, only when a reader asks for the .xlsx.
        dir: 'cdn',
        format: 'es',
        entryFileNames: 'practicas.js',
        chunkFileNames: (chunk) => {
          const entrada = chunk.facadeModuleId?.replace(/\\/g, '/') ?? '';
          if (entrada.endsWith('/src/data/xlsx.ts')) return 'practicas-excel.js';
          if (entrada.endsWith('/src/data/parse.ts')) return 'practicas-validador.js';
          return 'practicas-[name].js';
        },
        banner,
        plugins: [minify(true), compileHint()],
      },
      {
        file: 'cdn/practicas.iife.js',
        format: 'iife',
        name: 'Practicas',
        inlineDynamicImports: true,
        banner,
        plugins: [minify(false), compileHint()],
      },
    ],
  },
  {
    // The maintainers' command line (package.json "bin"): one file for Node, built from the same
    // validator and sentences as the widgets (src/data, src/i18n); zod stays the dependency's import.
    input: 'src/cli/practicas-widgets.ts',
    external: (id) => /^zod(\/|$)/.test(id) || id.startsWith('node:'),
    plugins: [nodeResolve(), data(), ts()],
    onwarn,
    output: { file: 'dist/cli/practicas-widgets.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
];
