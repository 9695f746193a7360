// The checks of one practice of the 2018 publication against its own section:
// locality, completeness, labelled fields, tools, entidad, errata and title notas.
import { collapse, fold, includesWords, quote } from './texto.mjs';

/** Notas whose `original` may be words of the section that no field holds as printed. */
const LEAVES_OUT = new Set([
  'oracion-duplicada',
  'parrafo-cortado',
  'marca-espuria',
  'rotulo-irregular',
  'encabezados-fusionados',
]);
/** A list marker of the source: «- », «• », «1. ». */
const MARKER = /^(?:[-•]\s+|\d+\.\s+)/;

/** The texts of a field of a practice, for the notas that name it by `campo`. */
function fieldTexts(p, campo) {
  switch (campo) {
    case 'niveles':
      return p.niveles.flatMap((n) => [n.texto, n.entidad ?? '']);
    case 'herramientas':
      return p.herramientas.flatMap((h) => [h.texto, ...(h.items ?? [])]);
    case 'descripcion':
      return p.descripcion.flatMap((b) =>
        b.tipo === 'lista' ? b.items.flatMap((i) => [i.texto, ...(i.items ?? [])]) : [b.texto],
      );
    case 'regiones':
      return [];
    default:
      return typeof p[campo] === 'string' ? [p[campo]] : [];
  }
}

/** Which practice's section (or which line of the source) holds a text, for the message. */
function whereIs(text, ctx, self) {
  const t = collapse(text);
  const own = ctx.sectionsByPractice.find(([id]) => id === self)?.[1];
  if (own?.text.includes(t)) return 'found in another part of its own section';
  const other = ctx.sectionsByPractice.find(([id, s]) => id !== self && s.text.includes(t));
  if (other) return `found in the section of ${other[0]}`;
  const line = ctx.pub.lines.findIndex((l) => collapse(l).includes(t));
  if (line >= 0) return `found at line ${line + 1} of the source, outside any practice's section`;
  return ctx.pub.sourceText.includes(t) ? 'found elsewhere in the source' : 'not in the source';
}

/**
 * Whether `text` is the publication's words in `where` (a collapsed section or part):
 * as is, or joined from a paragraph cut by a page: with the parrafo-cortado originals
 * (printed elsewhere in the body, their nota says where) taken out, the rest is here.
 * Other repairs (a paragraph split by a blank line, a spurious mark, a duplicated
 * sentence, merged headings) leave the kept text contiguous in the section.
 */
function fromHere(text, where, cortados) {
  const t = collapse(text);
  if (where.includes(t) || cortados.some((o) => o.includes(t))) return true;
  let rest = [t];
  for (const original of cortados) {
    for (const part of original.split(/ (?=[A-ZÁÉÍÓÚ])/)) rest = rest.flatMap((piece) => piece.split(part));
  }
  const pieces = rest.map((piece) => piece.trim()).filter(Boolean);
  return cortados.length > 0 && pieces.length > 0 && pieces.every((piece) => where.includes(piece));
}

/** Department codes named in a «Región:» value, by the regiones catalogue's names. */
function regionCodes(value, regiones) {
  let rest = ` ${fold(value)} `;
  const codes = new Set();
  for (const r of [...regiones].sort((a, b) => b.nombre.length - a.nombre.length)) {
    const name = fold(r.nombre);
    if (!includesWords(rest, name)) continue;
    codes.add(r.ubigeo);
    rest = rest.split(name).join(' ');
  }
  return codes;
}

/** Where two titles first part ways, quoted from a little before. */
function difference(a, b) {
  const [x, y] = [collapse(a), collapse(b)];
  let i = 0;
  while (i < x.length && x[i].toLowerCase() === (y[i] ?? '').toLowerCase()) i++;
  const from = Math.max(0, i - 25);
  const cut = (t) => `${from ? '…' : ''}${t.slice(from, i + 35)}${t.length > i + 35 ? '…' : ''}`;
  return `titulo «${cut(x)}», tituloAnexo «${cut(y)}»`;
}

/**
 * The texts of a field follow one another as the section prints them: each is found
 * at or after the one before. A repaired text is left to the locality check.
 */
function checkOrder(texts, where, field, f) {
  let at = 0;
  let previous;
  for (const text of texts.map(collapse)) {
    if (!where.includes(text)) continue;
    const next = where.indexOf(text, at);
    if (next < 0) {
      f(`${field}: ${quote(text, 60)} is printed before ${quote(previous, 60)} in its section, not after`);
      return;
    }
    at = next + 1;
    previous = text;
  }
}

/** «Monitoreo y Control» and «Monitoreo y control.» are the same title; a comma or a word is not. */
const sameTitle = (a, b) => collapse(a).toLowerCase().replace(/\.$/, '') === collapse(b).toLowerCase().replace(/\.$/, '');

/**
 * @param p a practice (schema v2)
 * @param s its section (publicacion.mjs)
 * @param ctx { pub, dataset, sectionsByPractice }
 * @param fail (id, message) => void
 */
export function checkPractica(p, s, ctx, fail) {
  const f = (message) => fail(p.id, message);
  const notas = p.notas;
  // Only a nota about words the record does not keep as printed (a duplicate, a fragment placed elsewhere,
  // a spurious mark, an irregular label) can account for a line of the section missing from the record.
  const noteOriginals = notas.filter((n) => n.original && LEAVES_OUT.has(n.tipo)).map((n) => collapse(n.original));
  const cortados = notas.filter((n) => n.tipo === 'parrafo-cortado' && n.original).map((n) => collapse(n.original));
  const coveredByNota = (text) => noteOriginals.some((o) => o.includes(collapse(text)));

  // Notas: an original is the section's words (a parrafo-cortado one may sit in another section).
  for (const n of notas) {
    if (n.original === undefined) continue;
    const o = collapse(n.original);
    const where = n.tipo === 'parrafo-cortado' ? ctx.pub.bodyText : s.rawText;
    // Text that a parrafo-cortado nota brings here from another section counts as this section's.
    const placedHere = n.tipo !== 'parrafo-cortado' && cortados.some((x) => x.includes(o));
    if (!where.includes(o) && !s.text.includes(o) && !placedHere) {
      const own = n.tipo === 'parrafo-cortado' ? 'the practices of the source' : 'its own section';
      f(`notas (${n.tipo}, campo ${n.campo}): original ${quote(o, 60)} is not in ${own} (${whereIs(o, ctx, p.id)})`);
    }
    // A parrafo-cortado original printed elsewhere is joined here: the field must hold all of it.
    const joined = collapse(fieldTexts(p, n.campo).join(' '));
    if (n.tipo === 'parrafo-cortado' && !s.rawText.includes(o) && !joined.includes(o)) {
      f(`notas (parrafo-cortado, campo ${n.campo}): original ${quote(o, 60)}, printed elsewhere, is not joined into ${n.campo}`);
    }
    if (n.tipo === 'errata') {
      const inField = fieldTexts(p, n.campo).some((t) => collapse(t).includes(o));
      if (!inField) f(`notas (errata): original ${quote(o, 60)} does not occur verbatim in ${n.campo}`);
    }
  }
  // Quotes inside a nota are «…»; a straight quote left outside «…» is the other style.
  notas.forEach((n) => {
    if (n.texto.replace(/«[^»]*»/g, '').includes('"')) {
      f(`notas (${n.tipo}, campo ${n.campo}): texto quotes with "…" instead of «…»: ${quote(n.texto, 70)}`);
    }
  });

  // Heading.
  if (collapse(p.titulo) !== collapse(s.heading.text)) f(`titulo is not its section's heading ${quote(s.heading.text)}`);

  // Labelled fields: the value after each label, as printed.
  const label = (kind) => s.labels.find((l) => l.kind === kind);
  const labelled = [
    ['regionTexto', 'region', '«Región:»'],
    ['nivelTexto', 'nivel', '«Nivel de gobierno:»'],
    ['area', 'area', '«Área que implementa:»'],
    ['objetivo', 'objetivo', '«Objetivo:»'],
  ];
  for (const [field, kind, name] of labelled) {
    const l = label(kind);
    const value = collapse(p[field]);
    if (!l) {
      if (value !== '') f(`${field} is ${quote(value)}, but its section has no ${name} line`);
      continue;
    }
    const printed = name === '«Región:»' ? `«${l.label}:»` : name;
    if (value === '') f(`${field} is empty, but its section prints ${printed} ${quote(l.value)}`);
    else if (value !== collapse(l.value)) {
      const where = s.text.includes(value) ? 'found elsewhere in its own section' : whereIs(value, ctx, p.id);
      f(`${field} ${quote(value)} is not the value after ${printed} in its own section, ${quote(l.value)} (${where})`);
    }
  }

  // Region codes: the departments the «Región:» value names.
  const regionLabel = label('region');
  if (regionLabel) {
    const printed = regionCodes(regionLabel.value, ctx.dataset.regiones);
    const nombre = new Map(ctx.dataset.regiones.map((r) => [r.ubigeo, r.nombre]));
    const recorded = new Set(p.regiones);
    const duda = notas.filter((n) => n.campo === 'regiones' && n.tipo === 'duda').map((n) => fold(n.texto));
    const explained = (code) => duda.some((t) => t.includes(fold(nombre.get(code) ?? code)));
    for (const code of printed) {
      if (!recorded.has(code) && !explained(code)) {
        f(`regiones lacks ${code} (${nombre.get(code)}), which «${regionLabel.label}: ${regionLabel.value}» names`);
      }
    }
    for (const code of recorded) {
      if (!printed.has(code) && !explained(code)) {
        f(
          `regiones has ${code} (${nombre.get(code) ?? 'unknown'}), which «${regionLabel.label}: ${regionLabel.value}» does not name, and no duda nota on regiones explains it`,
        );
      }
    }
  }

  // Levels: each level's wording is part of the printed level; an entidad is the section's words or a nota says why not.
  for (const n of p.niveles) {
    // The level's id reads the printed word: «Región» and «Gobierno Regional» are regional, «Provincial/Trujillo» provincial.
    if (!fold(n.texto).includes(n.nivel.slice(0, 6))) f(`niveles: nivel ${n.nivel} does not read its texto ${quote(n.texto)}`);
    if (!includesWords(collapse(p.nivelTexto), collapse(n.texto))) {
      f(`niveles: texto ${quote(n.texto)} is not part of «Nivel de gobierno: ${p.nivelTexto}»`);
    }
    if (n.entidad === undefined) continue;
    const e = collapse(n.entidad);
    const explained = notas.some((x) => x.campo === 'niveles' && fold(x.texto).includes(fold(e)));
    if (!s.text.includes(e) && !explained) {
      f(`niveles: entidad ${quote(e)} is not from its own section (${whereIs(e, ctx, p.id)}), and no nota on niveles names it`);
    }
  }

  checkTools(p, s, ctx, f, { cortados, coveredByNota });
  checkDescription(p, s, ctx, f, { cortados, coveredByNota });

  // Lines of the header that are no field (a label the publication uses once): a nota must account for them.
  for (const line of s.stray) {
    if (!coveredByNota(line.text)) {
      f(`section line ${line.lineNo} ${quote(line.text)} is in no field, and no nota's original accounts for it`);
    }
  }

  // Title notas: a titulo-distinto nota exactly when heading and Anexo 1 differ beyond case, spaces and a final period.
  const distinct = !sameTitle(p.titulo, p.tituloAnexo);
  const titleNotas = notas.filter((n) => n.tipo === 'titulo-distinto');
  if (distinct && !titleNotas.some((n) => n.campo === 'tituloAnexo')) {
    f(
      `tituloAnexo differs from titulo beyond letter case and a final period, but no titulo-distinto nota on tituloAnexo says so (${difference(p.titulo, p.tituloAnexo)})`,
    );
  }
  if (!distinct && titleNotas.length)
    f(`notas (titulo-distinto, campo tituloAnexo): titulo and tituloAnexo differ only in case or a final period`);
  titleNotas
    .filter((n) => n.campo !== 'tituloAnexo')
    .forEach((n) => f(`notas (titulo-distinto, campo ${n.campo}): the nota belongs on campo tituloAnexo`));

  // Own page: the 2018 text has no page breaks, so a practice's own page cannot be the publication's word.
  if (p.pagina !== undefined)
    f(`pagina ${p.pagina} cannot be checked: the 2018 text has no page breaks (paginaSeccion is its section's page)`);
}

/** Tools: every tool printed in the section is in herramientas, and every herramienta comes from there. */
function checkTools(p, s, ctx, f, { cortados, coveredByNota }) {
  const toolsText = collapse(s.tools.map((l) => l.text).join('\n'));
  const units = p.herramientas.flatMap((h) => [
    { text: h.texto, region: h.region },
    ...(h.items ?? []).map((t) => ({ text: t })),
  ]);
  const codeOf = new Map(ctx.dataset.regiones.map((r) => [fold(r.nombre), r.ubigeo]));
  if (!s.labels.some((l) => l.kind === 'herramientas') && units.length) {
    f(`herramientas has ${units.length} tools, but its section has no «Herramientas…» label`);
  }
  checkOrder(
    units.map((u) => u.text),
    toolsText,
    'herramientas',
    f,
  );
  for (const u of units) {
    if (!fromHere(u.text, toolsText, cortados)) {
      f(`herramientas: ${quote(u.text)} is not from its own section's tools (${whereIs(u.text, ctx, p.id)})`);
    }
  }
  let region; // «San Martín:» heads the tools printed under it
  for (const line of s.tools) {
    const content = collapse(line.text.replace(MARKER, ''));
    let match = units.find((u) => collapse(u.text) === content);
    const prefix = !match && /^([^:]+):\s*(.*)$/.exec(content);
    if (prefix && codeOf.has(fold(prefix[1]))) {
      region = codeOf.get(fold(prefix[1]));
      if (!prefix[2]) continue;
      match = units.find((u) => collapse(u.text) === collapse(prefix[2]));
    }
    if (match) {
      if (region && match.region !== undefined && match.region !== region) {
        f(`herramientas: ${quote(match.text, 50)} is printed under a region heading of ${region}, its region is ${match.region}`);
      }
      continue;
    }
    if (!coveredByNota(line.text))
      f(`herramientas lacks the tool printed at line ${line.lineNo} of its section: ${quote(content)}`);
  }
}

/** Description: every line of the section's description is in descripcion, and every block comes from there. */
function checkDescription(p, s, ctx, f, { cortados, coveredByNota }) {
  const descText = collapse(s.description.map((l) => l.text).join('\n'));
  const paragraphs = [];
  const exact = [];
  for (const b of p.descripcion) {
    if (b.tipo === 'parrafo') paragraphs.push(collapse(b.texto));
    else if (b.tipo === 'nota-al-pie') exact.push(collapse(`${b.marca} ${b.texto}`));
    else for (const i of b.items) exact.push(collapse(i.texto), ...(i.items ?? []).map(collapse));
  }
  const units = [...paragraphs, ...exact];
  const inOrder = p.descripcion.flatMap((b) => {
    if (b.tipo === 'lista') return b.items.flatMap((i) => [i.texto, ...(i.items ?? [])]);
    return [b.tipo === 'nota-al-pie' ? `${b.marca} ${b.texto}` : b.texto];
  });
  checkOrder(inOrder, descText, 'descripcion', f);
  // A list is printed as list lines: each item is a line's content after its marker, numbered if the list is ordenada.
  const marked = new Map();
  for (const line of s.description) {
    const m = MARKER.exec(collapse(line.text));
    if (m) marked.set(collapse(collapse(line.text).slice(m[0].length)), /^\d/.test(m[0]));
  }
  for (const b of p.descripcion) {
    if (b.tipo !== 'lista') continue;
    let orderTold = false;
    for (const item of b.items) {
      const numbered = marked.get(collapse(item.texto));
      if (numbered === undefined && descText.includes(collapse(item.texto))) {
        f(`descripcion: list item ${quote(item.texto, 60)} is printed as running text, not as a list line`);
      } else if (numbered !== undefined && numbered !== b.ordenada && !orderTold) {
        orderTold = true;
        f(
          `descripcion: the list starting ${quote(b.items[0].texto, 40)} is ordenada ${b.ordenada}, but its section prints it ${numbered ? 'numbered' : 'with bullets'}`,
        );
      }
    }
  }
  for (const b of p.descripcion) {
    const texts = b.tipo === 'lista' ? b.items.flatMap((i) => [i.texto, ...(i.items ?? [])]) : [b.texto];
    for (const t of texts) {
      if (!fromHere(t, descText, cortados)) {
        f(`descripcion: ${quote(t)} is not from its own section's description (${whereIs(t, ctx, p.id)})`);
      }
    }
  }
  for (const line of s.description) {
    const text = collapse(line.text);
    const content = collapse(text.replace(MARKER, ''));
    // A list item or footnote is a whole item; a line of running text is part of a paragraph.
    const listed = MARKER.test(text);
    const found =
      units.some((u) => u === content || u === text) ||
      (!listed && paragraphs.some((u) => u.includes(text))) ||
      coveredByNota(text);
    if (!found) f(`descripcion lacks line ${line.lineNo} of its section: ${quote(text)}`);
  }
}
