// Three outputs from the same sources:
//  - dist/practicas.js       one self-contained, minified ES module (Lit, data, elements)
//  - dist/practicas.iife.js  the same for a classic <script> tag (global `Practicas`)
//  - dist/esm/**             one module per source file, Lit and zod left as dependencies, for npm users
// Type declarations come from `tsc -p tsconfig.build.json`; the manifest from `cem analyze`.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

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
// `module` lets terser mangle top-level names: right for the ES module, wrong for
// the IIFE, whose top-level `var Practicas` is the global the page uses.
const minify = (module) =>
  terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

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
    input: 'src/practicas.ts',
    plugins: [nodeResolve(), data(), ts()],
    onwarn,
    output: [
      { file: 'dist/practicas.js', format: 'es', plugins: [minify(true)], sourcemap: true },
      { file: 'dist/practicas.iife.js', format: 'iife', name: 'Practicas', plugins: [minify(false)], sourcemap: true },
    ],
  },
  {
    input: ['src/index.ts', 'src/practicas.ts'],
    external: (id) => /^(lit|@lit\/[^/]+|zod)(\/|$)/.test(id),
    plugins: [data(), ts()],
    onwarn,
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) =>
        chunk.name.endsWith('.json') ? `data/${chunk.name.split('/').pop()}.js` : '[name].js',
    },
  },
];
