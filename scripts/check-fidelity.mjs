#!/usr/bin/env node
// Checks the dataset against the source publication's text, the only truth for the
// practices of the 2018 publication (fuente fgd-2018):
//  - locality: each text of a practice comes from its own section (its heading to
//    the next practice's or topic's heading), a labelled value from its label,
//    a tool from its tools, a description block from its description;
//  - completeness: every line of a practice's section lands in its record, or a
//    nota's `original` accounts for it;
//  - labelled fields: «Región:», «Nivel de gobierno:», «Área que implementa:» and
//    «Objetivo:» equal regionTexto, nivelTexto, area and objetivo; the departments
//    «Región:» names are the regiones codes (a duda nota on regiones may explain);
//  - entidad, errata and titulo-distinto notas; tipo, tema and paginaSeccion from the
//    table of contents; Anexo 1 row by row; 18 + 13 practices;
//  - the catalogues: topic names, criteria and their aristas, the citation.
// Practices of other sources are counted and skipped: their text is not in this seed.
//
// PRACTICAS_SEED: the source text (default ../shared/seeds/000_2b2abd419af02b0d.txt).
// PRACTICAS_DATA: the dataset to check (default data/practicas.json).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clearSkipped, recordSkipped } from './lib/skipped.mjs';
import { parsePublicacion } from './lib/fidelidad/publicacion.mjs';
import { checkPractica } from './lib/fidelidad/practicas.mjs';
import { FUENTE_2018, checkCriterios, checkFuente, checkTemas } from './lib/fidelidad/catalogos.mjs';
import { collapse, quote } from './lib/fidelidad/texto.mjs';

const CHECK = 'check-fidelity';
const seed = process.env.PRACTICAS_SEED ?? new URL('../../shared/seeds/000_2b2abd419af02b0d.txt', import.meta.url).pathname;
const dataPath = process.env.PRACTICAS_DATA
  ? resolve(process.env.PRACTICAS_DATA)
  : new URL('../data/practicas.json', import.meta.url).pathname;
if (!existsSync(seed)) {
  const message = `check-fidelity: source text not found at ${seed}`;
  if (process.env.CI) {
    console.error(`${message}; CI must have it.`);
    process.exit(1);
  }
  // Skipped, not passed: the final summary of `npm test` counts and names it.
  recordSkipped(CHECK, `source text not found at ${seed}`);
  console.warn(`${message}; skipped (set PRACTICAS_SEED to check).`);
  process.exit(0);
}
clearSkipped(CHECK);

/** Version 1 (no `version`, one `fuente` object, `pagina`) read as version 2, as the validator migrates it. */
function asVersion2(data) {
  if (data.version !== undefined) return data;
  const { fuente, ...rest } = data;
  return {
    version: 2,
    ...rest,
    fuentes: [{ id: FUENTE_2018, ...fuente }],
    practicas: data.practicas.map(({ pagina, ...p }) => ({ ...p, fuente: FUENTE_2018, paginaSeccion: pagina })),
  };
}

const dataset = asVersion2(JSON.parse(readFileSync(dataPath, 'utf8')));
const pub = parsePublicacion(
  readFileSync(seed, 'utf8'),
  dataset.regiones.map((r) => r.nombre),
);
if (!pub || pub.toc.length !== 9) {
  console.error('check-fidelity: could not find the parts of the source text (table of contents, body, Anexo 1)');
  process.exit(1);
}
const problems = [];
const fail = (id, message) => problems.push(`${id}: ${message}`);

const practicas = dataset.practicas.filter((p) => p.fuente === FUENTE_2018);
const others = dataset.practicas.length - practicas.length;

// Each practice to its section, by its heading; every section to a practice.
const byHeading = new Map(pub.sections.map((s) => [collapse(s.heading.text), s]));
const sectionsByPractice = [];
const claimed = new Set();
for (const p of practicas) {
  const s = byHeading.get(collapse(p.titulo));
  if (!s) fail(p.id, `titulo ${quote(p.titulo)} is not the heading of any practice's section in the source`);
  else if (claimed.has(s)) fail(p.id, `titulo: another practice already has the section headed ${quote(s.heading.text)}`);
  else {
    claimed.add(s);
    sectionsByPractice.push([p.id, s]);
  }
}
for (const s of pub.sections) {
  if (!claimed.has(s)) fail('dataset', `the section headed ${quote(s.heading.text)} (line ${s.firstLine}) is no practice's`);
}

const ctx = { pub, dataset, sectionsByPractice };
const sectionOf = new Map(sectionsByPractice);
for (const p of practicas) {
  const s = sectionOf.get(p.id);
  if (!s) continue;
  if (s.tipo !== p.tipo) fail(p.id, `tipo is ${p.tipo}, but its heading is in the ${s.tipo} part`);
  if (s.tema !== p.tema) fail(p.id, `tema is ${p.tema}, but its heading is under topic ${s.tema}`);
  const page = pub.toc.find((e) => e.tipo === p.tipo && e.tema === p.tema)?.pagina;
  if (page !== p.paginaSeccion) fail(p.id, `paginaSeccion is ${p.paginaSeccion}, the table of contents gives ${page}`);
  checkPractica(p, s, ctx, fail);
}

// Anexo 1: same practices, same order, same wording and criterion.
const criterioNombre = new Map(dataset.criterios.map((c) => [c.id, c.nombre]));
if (pub.anexoRows.length !== practicas.length) {
  fail('anexo', `Anexo 1 has ${pub.anexoRows.length} rows, the dataset ${practicas.length} practices of ${FUENTE_2018}`);
}
pub.anexoRows.forEach((cols, i) => {
  const p = practicas[i];
  if (!p) return;
  if (collapse(cols[1]) !== collapse(p.tituloAnexo)) {
    fail(p.id, `tituloAnexo ${quote(p.tituloAnexo)} is not row ${i + 1} of Anexo 1, ${quote(cols[1].trim())}`);
  }
  if (cols[2].trim() !== criterioNombre.get(p.criterio)) fail(p.id, `criterio is ${p.criterio}, Anexo 1 gives ${cols[2].trim()}`);
});
const buenas = practicas.filter((p) => p.tipo === 'buena-practica').length;
if (buenas !== 18 || practicas.length !== 31) {
  fail('dataset', `expected 18 + 13 practices of ${FUENTE_2018}, found ${buenas} + ${practicas.length - buenas}`);
}

// Catalogues and citation.
checkTemas(dataset, pub, new Set(practicas.map((p) => p.tema)), fail);
checkCriterios(dataset, pub, fail);
const fuente = dataset.fuentes.find((f) => f.id === FUENTE_2018);
if (fuente) checkFuente(fuente, pub, fail);
else if (practicas.length) fail('fuentes', `no fuente ${FUENTE_2018}, which the practices cite`);

if (others) {
  console.log(
    `check-fidelity: ${others} ${others === 1 ? 'practice' : 'practices'} of other sources not checked (their text is not in this seed).`,
  );
}
if (problems.length) {
  console.error(
    `check-fidelity: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `check-fidelity: the ${practicas.length} practices of ${FUENTE_2018} are their sections' words, complete, with their labels, tools and notas; sections, topics, pages, Anexo 1, catalogues and citation agree.`,
);
