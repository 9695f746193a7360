// Shared by the Node tests of the npm build: where dist/ is, and a clear
// failure when it has not been built. Not a test file itself.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');

/** Throws a clear error when dist/ has not been built. */
export function requireDist(dir = dist) {
  if (!existsSync(join(dir, 'index.js'))) {
    throw new Error(
      `${relative(root, dir) || dir}/index.js is missing: run \`npm run build\` first (these tests check the built npm package).`,
    );
  }
}

/** Every .js file under `dir`, as paths relative to it, sorted. */
export function jsModules(dir = dist) {
  requireDist(dir);
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .sort();
}

/** Imports a module of dist/ by its path relative to dist/. */
export function importDist(file) {
  requireDist();
  return import(pathToFileURL(join(dist, file)).href);
}
