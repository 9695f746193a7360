// Imports a TypeScript module of src/ from a Node script: esbuild bundles it
// in memory, so scripts use the very code the browser runs (one schema).
import { build } from 'esbuild';

export async function importTs(entry) {
  const result = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
