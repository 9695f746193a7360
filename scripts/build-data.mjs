#!/usr/bin/env node
// Validates data/practicas.json against the zod schema and writes the files
// derived from it: data/practicas.schema.json (JSON Schema), data/practicas.csv
// and data/practicas.xlsx (the same rows, with typed cells). With --check,
// writes nothing and fails when a derived file is out of date or the dataset is
// invalid. The .xlsx is compared by its content (the XML of each part), not by
// its zip bytes, which a new version of the compressor may change.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { unzipSync } from 'fflate';
import { importTs } from './lib/import-ts.mjs';

const check = process.argv.includes('--check');
const path = (p) => new URL(`../data/${p}`, import.meta.url);
const { DatasetSchema, validateDataset, datosACsv, filasDelDataset, aXlsx, toJSONSchema } =
  await importTs('scripts/lib/data-entry.ts');

let dataset;
try {
  dataset = validateDataset(JSON.parse(readFileSync(path('practicas.json'), 'utf8')), 'data/practicas.json');
} catch (error) {
  console.error(`data/practicas.json is invalid:\n${error.message}`);
  process.exit(1);
}

const schema = toJSONSchema(DatasetSchema, { target: 'draft-2020-12' });
schema.title = 'practicas-widgets dataset';
schema.description =
  'Practices of «Fortaleciendo la Gestión Descentralizada» (Basel Institute on Governance, 2018). ' +
  'Generated from src/data/zod-schema.ts by `npm run data`; cross-record rules (unique ids, known tema, criterio and region codes) are checked by the library, not by this schema.';

const outputs = {
  'practicas.schema.json': `${JSON.stringify(schema, null, 2)}\n`,
  'practicas.csv': datosACsv(dataset),
  'practicas.xlsx': hojaDelDataset(dataset),
};

function hojaDelDataset(dataset) {
  const [encabezados, ...filas] = filasDelDataset(dataset);
  return aXlsx({ nombre: 'Prácticas', encabezados, filas });
}

// The parts of a zip archive, by name; null for a file that is not one.
function partes(bytes) {
  try {
    return unzipSync(bytes);
  } catch {
    return null;
  }
}

const igual = (file, current, content) =>
  file.endsWith('.xlsx') ? isDeepStrictEqual(partes(current), partes(content)) : current.toString('utf8') === content;

let stale = [];
for (const [file, content] of Object.entries(outputs)) {
  const current = existsSync(path(file)) ? readFileSync(path(file)) : null;
  if (current && igual(file, current, content)) continue;
  if (check) stale.push(file);
  else writeFileSync(path(file), content);
}
const counts = `${dataset.practicas.length} practices (${dataset.practicas.filter((p) => p.tipo === 'buena-practica').length} buenas prácticas, ${dataset.practicas.filter((p) => p.tipo === 'en-proceso').length} en proceso)`;
if (stale.length) {
  console.error(`Out of date: ${stale.map((f) => `data/${f}`).join(', ')}. Run \`npm run data\` and commit the result.`);
  process.exit(1);
}
console.log(`data/practicas.json is valid: ${counts}; derived files ${check ? 'are up to date' : 'written'}.`);
