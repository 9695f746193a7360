#!/usr/bin/env node
// Checks data/practicas.json against the source publication's text
// (../shared/seeds/000_2b2abd419af02b0d.txt, or PRACTICAS_SEED):
//  - every text field is the publication's words, verbatim (white space aside);
//    a text changed by a repair must carry a nota whose `original` is in the
//    source, and be source text once that original is taken out;
//  - each practice sits, in the source, under the section (tipo) and topic
//    heading (tema) the data gives it, and `pagina` is that section's page in
//    the table of contents;
//  - Anexo 1, row by row, gives the same practices in the same order, with the
//    same wording (tituloAnexo) and most relevant criterion.
import { existsSync, readFileSync } from 'node:fs';
import { clearSkipped, recordSkipped } from './lib/skipped.mjs';

const CHECK = 'check-fidelity';
const seed = process.env.PRACTICAS_SEED ?? new URL('../../shared/seeds/000_2b2abd419af02b0d.txt', import.meta.url).pathname;
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

const source = readFileSync(seed, 'utf8');
const lines = source.split('\n');
const collapse = (text) => text.replace(/\s+/g, ' ').trim();
const flat = collapse(source);
const dataset = JSON.parse(readFileSync(new URL('../data/practicas.json', import.meta.url), 'utf8'));
const problems = [];
const fail = (id, message) => problems.push(`${id}: ${message}`);

// 1. Verbatim text.
function texts(p) {
  const out = [
    ['titulo', p.titulo],
    ['tituloAnexo', p.tituloAnexo],
    ['regionTexto', p.regionTexto],
    ['nivelTexto', p.nivelTexto],
    ['area', p.area],
    ['objetivo', p.objetivo],
    ...p.niveles.map((n) => ['niveles', n.texto]),
  ];
  for (const h of p.herramientas) out.push(['herramientas', h.texto], ...(h.items ?? []).map((t) => ['herramientas', t]));
  for (const b of p.descripcion) {
    if (b.tipo === 'lista') {
      for (const item of b.items) out.push(['descripcion', item.texto], ...(item.items ?? []).map((t) => ['descripcion', t]));
    } else out.push(['descripcion', b.texto]);
  }
  return out.filter(([, text]) => text !== '');
}

const repairs = new Set(['parrafo-cortado', 'oracion-duplicada', 'marca-espuria', 'encabezados-fusionados', 'parrafo-partido']);
let checked = 0;
for (const p of dataset.practicas) {
  for (const nota of p.notas) {
    if (nota.original !== undefined && !flat.includes(collapse(nota.original))) {
      fail(
        p.id,
        `nota (${nota.tipo}) cites an original that is not in the source: ${JSON.stringify(nota.original.slice(0, 60))}`,
      );
    }
  }
  const originals = p.notas.filter((n) => repairs.has(n.tipo) && n.original).map((n) => collapse(n.original));
  for (const [field, text] of texts(p)) {
    checked++;
    const t = collapse(text);
    if (flat.includes(t)) continue;
    // Repaired text: with the cited originals taken out, every remaining piece must be source text.
    let rest = [t];
    for (const original of originals) {
      for (const part of original.split(/ (?=[A-ZÁÉÍÓÚ])/)) rest = rest.flatMap((piece) => piece.split(part));
    }
    const pieces = rest.map((piece) => piece.trim()).filter(Boolean);
    const covered = originals.length > 0 && pieces.length > 0 && pieces.every((piece) => flat.includes(piece));
    if (!covered)
      fail(
        p.id,
        `${field} is not the publication's text, and no repair nota accounts for it: ${JSON.stringify(text.slice(0, 80))}`,
      );
  }
}

// 2. Section (tipo), topic heading (tema) and page.
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const temaOf = (heading) => {
  const h = norm(heading);
  if (h === 'salud') return 'salud';
  if (h === 'educacion') return 'educacion';
  if (h === 'inclusion social') return 'inclusion-social';
  if (h.startsWith('ambiente, recursos naturales')) return 'ambiente';
  if (h.startsWith('fortalecimiento institucional')) return 'fortalecimiento-institucional';
  return undefined;
};
const bodyStart = lines.findIndex((l) => l.trim() === 'Buenas Prácticas Descentralizadas con resultados visibles');
const enProcesoStart = lines.findIndex((l) => /^Iniciativas en Proceso de Implementación/.test(l.trim()));
const anexoStart = lines.findIndex((l) => l.trim() === 'Anexo 1');
// Table of contents: "20 SALUD", … in order; the topic entries after "INICIATIVAS EN PROCESO" belong to that section.
const toc = [];
let tocSection = null;
for (const line of lines.slice(0, bodyStart)) {
  for (const entry of line.split('**')) {
    const m = /^(\d+) (.+)$/.exec(entry.trim());
    if (!m) continue;
    if (/^BUENAS PRÁCTICAS DESCENTRALIZADAS/.test(m[2])) tocSection = 'buena-practica';
    else if (/^INICIATIVAS EN PROCESO/.test(m[2])) tocSection = 'en-proceso';
    else if (/^ANEXO/.test(m[2])) tocSection = null;
    else if (tocSection && temaOf(m[2])) toc.push({ tipo: tocSection, tema: temaOf(m[2]), pagina: Number(m[1]) });
  }
}
if (bodyStart < 0 || enProcesoStart < 0 || anexoStart < 0 || toc.length !== 9) {
  console.error('check-fidelity: could not find the sections of the source text');
  process.exit(1);
}
for (const p of dataset.practicas) {
  const at = lines.findIndex((l, i) => i > bodyStart && i < anexoStart && collapse(l).startsWith(collapse(p.titulo)));
  if (at < 0) {
    fail(p.id, 'heading not found in the practices section');
    continue;
  }
  const tipo = at > enProcesoStart ? 'en-proceso' : 'buena-practica';
  if (tipo !== p.tipo) fail(p.id, `tipo is ${p.tipo}, but the heading is in the ${tipo} section`);
  let tema;
  for (let i = at - 1; i > bodyStart && !tema; i--) tema = temaOf(lines[i].trim());
  if (tema !== p.tema) fail(p.id, `tema is ${p.tema}, but the heading is under topic ${tema}`);
  const page = toc.find((e) => e.tipo === p.tipo && e.tema === p.tema)?.pagina;
  if (page !== p.pagina) fail(p.id, `pagina is ${p.pagina}, the table of contents gives ${page}`);
}

// 3. Anexo 1: same practices, same order, same wording and criterion.
const criterioNombre = new Map(dataset.criterios.map((c) => [c.id, c.nombre]));
const rows = lines
  .slice(anexoStart)
  .map((l) => l.split('\t'))
  .filter((cols) => cols.length === 3 && !/^TEMA$/.test(cols[0].trim()));
if (rows.length !== dataset.practicas.length)
  fail('anexo', `Anexo 1 has ${rows.length} rows, the dataset ${dataset.practicas.length} practices`);
rows.forEach((cols, i) => {
  const p = dataset.practicas[i];
  if (!p) return;
  if (collapse(cols[1]) !== collapse(p.tituloAnexo))
    fail(
      p.id,
      `row ${i + 1} of Anexo 1 reads ${JSON.stringify(cols[1].trim())}, tituloAnexo is ${JSON.stringify(p.tituloAnexo)}`,
    );
  if (cols[2].trim() !== criterioNombre.get(p.criterio))
    fail(p.id, `Anexo 1 gives criterio ${cols[2].trim()}, the data ${p.criterio}`);
});

const buenas = dataset.practicas.filter((p) => p.tipo === 'buena-practica').length;
if (buenas !== 18 || dataset.practicas.length !== 31)
  fail('dataset', `expected 18 + 13 practices, found ${buenas} + ${dataset.practicas.length - buenas}`);

if (problems.length) {
  console.error(`check-fidelity: ${problems.length} problems\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-fidelity: ${checked} texts of ${dataset.practicas.length} practices are the publication's words; sections, topics, pages and Anexo 1 agree.`,
);
