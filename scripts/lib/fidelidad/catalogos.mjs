// The catalogues against the publication: topic names as the body's headings print
// them, criteria and their aristas as «Criterios para caracterización» defines them,
// and the citation of the 2018 source as its front matter gives it.
import { collapse, fold, includesWords, quote } from './texto.mjs';

export const FUENTE_2018 = 'fgd-2018';

const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export function checkTemas(dataset, pub, usados, fail) {
  for (const t of dataset.temas) {
    const headings = pub.topicHeadings.filter((h) => h.tema === t.id).map((h) => h.text);
    const where = `temas/${t.id}`;
    if (!headings.length) {
      // A topic of a later source has no heading here; one the 2018 practices use must have one.
      if (usados.has(t.id)) fail(where, `the 2018 body has no topic heading for it, yet its practices use it`);
      continue;
    }
    if (!headings.includes(t.nombre)) {
      fail(
        where,
        `nombre ${quote(t.nombre)} is not the topic's heading as printed (${[...new Set(headings)].map((h) => quote(h)).join(' or ')})`,
      );
    }
    if (!fold(t.nombre).startsWith(fold(t.nombreCorto))) {
      fail(where, `nombreCorto ${quote(t.nombreCorto)} is not the first words of nombre ${quote(t.nombre)}`);
    }
  }
}

export function checkCriterios(dataset, pub, fail) {
  const printed = new Map(pub.aristas.map((a) => [a.nombre, a.definicion]));
  const anexo = new Set(pub.anexoRows.map((cols) => cols[2].trim()));
  const listed = new Set();
  dataset.criterios.forEach((c) => {
    const where = `criterios/${c.id}`;
    // Criterion names are the words of Anexo 1's «Criterio más relevante» column.
    if (!anexo.has(c.nombre)) fail(where, `nombre ${quote(c.nombre)} is not a criterion Anexo 1 prints`);
    c.aristas.forEach((a, i) => {
      listed.add(a.nombre);
      if (!printed.has(a.nombre)) {
        fail(where, `aristas[${i}].nombre ${quote(a.nombre)} is not an arista of «Criterios para caracterización»`);
      } else if (collapse(a.definicion) !== collapse(printed.get(a.nombre))) {
        fail(
          where,
          `aristas[${i}].definicion of ${quote(a.nombre)} is not the publication's: ${quote(a.definicion)} (printed: ${quote(printed.get(a.nombre))})`,
        );
      }
    });
  });
  for (const a of pub.aristas) {
    if (!listed.has(a.nombre))
      fail('criterios', `the arista ${quote(a.nombre)} of «Criterios para caracterización» is in no criterio`);
  }
}

/** People of a front-matter block: «Adriana Urrutia, Consultora del Programa GFP Subnacional.» is Adriana Urrutia. */
function checkPeople(fuente, field, heading, pub, fail) {
  const where = `fuentes/${fuente.id}`;
  const block = pub.front.block(heading) ?? [];
  const names = block.map((line) => line.split(',')[0].replace(/\.$/, '').trim());
  const value = fuente[field];
  if (value === undefined) {
    fail(where, `${field} is missing; the front matter's «${heading}» lists ${names.map((n) => quote(n)).join(', ')}`);
    return;
  }
  value.forEach((entry, i) => {
    const ok = names[i] === collapse(entry) || block[i] === collapse(entry);
    if (!ok) fail(where, `${field}[${i}] ${quote(entry)} is not line ${i + 1} of «${heading}» (${quote(block[i] ?? 'none')})`);
  });
  if (value.length < names.length)
    fail(
      where,
      `${field} lacks ${names
        .slice(value.length)
        .map((n) => quote(n))
        .join(', ')} of «${heading}»`,
    );
}

export function checkFuente(fuente, pub, fail) {
  const where = `fuentes/${fuente.id}`;
  const lines = pub.front.lines;
  const need = (field, ok, printed) => {
    const value = fuente[field];
    if (value === undefined) fail(where, `${field} is missing; the front matter prints ${quote(printed)}`);
    else if (!ok(collapse(value))) fail(where, `${field} ${quote(value)} is not the front matter's ${quote(printed)}`);
  };
  const isLine = (v) => lines.includes(v);
  const line = (re) => lines.find((l) => re.test(l)) ?? '';
  need('titulo', (v) => v === lines[0], lines[0]);
  need('subtitulo', isLine, lines[1]);
  need('serie', isLine, line(/^Documento de Trabajo/));
  const editor = pub.front.block('Editado por') ?? [];
  need('editor', (v) => v === editor[0], editor[0] ?? '');
  const isbn = line(/^ISBN /);
  need('isbn', (v) => `ISBN ${v}` === isbn, isbn);
  const deposito = line(/^Hecho el Depósito Legal/);
  need('depositoLegal', (v) => includesWords(deposito, v) && /\d/.test(v), deposito);
  const edicion = line(/edición/);
  need('edicion', (v) => v === edicion, edicion);
  need('lugar', (v) => includesWords(editor.join(' '), v), editor.slice(1).join(' '));
  need('licencia', isLine, line(/^Se autoriza la reproducción/));
  need('programa', (v) => includesWords(pub.front.text, v), 'Programa GFP Subnacional');
  checkPeople(fuente, 'autores', 'Análisis y desarrollo de contenidos', pub, fail);
  checkPeople(fuente, 'cuidadoDeEdicion', 'Edición', pub, fail);
  (fuente.colaboradores ?? []).forEach((c, i) => {
    const missing = c.split(', ').filter((piece) => !isLine(piece.trim()));
    if (missing.length)
      fail(where, `colaboradores[${i}]: ${missing.map((m) => quote(m)).join(', ')} is not a line of the front matter`);
  });
  // fecha: the edition's month and year.
  const [year, month] = fuente.fecha.split('-');
  const printed = fold(edicion);
  if (!printed.includes(year) || (month && !printed.includes(MESES[Number(month) - 1]))) {
    fail(where, `fecha ${fuente.fecha} is not the edition's date ${quote(edicion)}`);
  }
}
