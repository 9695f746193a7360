// Configuration of `cem analyze` (npm run analyze): custom-elements.json from the JSDoc of
// src/, at the paths of the npm build (dist/**/*.js), public API only; then, from that
// manifest, the editor data at the package root: web-types.json (JetBrains IDEs, found through
// package.json "web-types") and vscode.html-custom-data.json (VS Code, "html.customData").
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import {
  distPathsPlugin,
  editorTypesPlugin,
  publicApiPlugin,
  registrationPlugin,
  typeExportsPlugin,
} from './scripts/lib/cem-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The maintainers' command line (src/cli) is a program, not part of the elements' API.
  exclude: ['src/**/*.d.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not rewrite it.
  packagejson: false,
  plugins: [
    // Order matters: the generators below read what these leave.
    publicApiPlugin(),
    typeExportsPlugin(),
    distPathsPlugin(),
    registrationPlugin(),
    editorTypesPlugin(),
    customElementJetBrainsPlugin({
      outdir: '.',
      hideLogs: true,
      excludeCss: false,
      typesSrc: 'editorType',
      // Where the IDE goes for the tag: the module that registers it (it re-exports the class).
      modulePathTemplate: (_name, modulePath) => `./${modulePath.replace(/\.component\.js$/, '.js')}`,
    }),
    customElementVsCodePlugin({
      outdir: '.',
      hideLogs: true,
      typesSrc: 'editorType',
      // The CSS custom data would list every element's properties together, with clashing
      // descriptions; the HTML data names them per element already.
      cssFileName: null,
    }),
  ],
};
