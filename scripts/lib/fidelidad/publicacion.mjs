// Reads the structure of the 2018 publication's text: front matter, table of
// contents, the criteria of «Criterios para caracterización», the body's topic
// headings and, for each practice, its own section (from its heading to the next
// practice's or topic's heading) split into labelled header, tools and description.
// Everything here comes from the text alone; the dataset is only consulted for the
// department names (to tell a «Cusco» department heading from content).
import { collapse, fold } from './texto.mjs';

/** The labels of a practice's header, as the publication prints them. */
const LABELS = [
  ['region', /^(Región|Regiones|Región, provincia):\s*(.*)$/],
  ['nivel', /^(Nivel de gobierno):\s*(.*)$/],
  ['area', /^(Área que implementa):\s*(.*)$/],
  ['objetivo', /^(Objetivo):\s*(.*)$/],
  // One practice prints «Herramienta» with no colon (its nota says so): the word then starts the tools.
  ['herramientas', /^(Herramientas principales|Herramienta principal|Herramientas|Herramienta)(?::\s*|\s+)(.*)$/],
  ['descripcion', /^(Descripción):\s*(.*)$/],
];
/** Any other «Some words: value» line of a header: a label the publication uses once (its nota says so). */
const OTHER_LABEL = /^([A-ZÁÉÍÓÚÑ][\p{L} ]{1,40}):\s*(.*)$/u;

export function labelOf(text) {
  for (const [kind, re] of LABELS) {
    const m = re.exec(text);
    if (m) return { kind, label: m[1], value: m[2] };
  }
  return undefined;
}

/** Topic id of a body heading (the ids of the dataset's temas catalogue). */
export function temaOf(heading) {
  const h = fold(heading.trim());
  if (h === 'salud') return 'salud';
  if (h === 'educacion') return 'educacion';
  if (h === 'inclusion social') return 'inclusion-social';
  if (h === 'ambiente, recursos naturales y sistemas productivos') return 'ambiente';
  if (h === 'fortalecimiento institucional: etica, gestion de finanzas publicas y modernizacion') {
    return 'fortalecimiento-institucional';
  }
  return undefined;
}

/**
 * Two lines of the source print a heading and its labels on one line, joined by
 * «**» marks of the extraction. They are split back into one logical line per
 * label («Región: Ica»), so that they read like every other section.
 */
function splitMerged(raw) {
  if (!raw.includes('**')) return [raw.trim()];
  const out = [];
  for (const part of raw.split('**').map((s) => s.trim())) {
    if (!part) continue;
    const last = out.at(-1);
    const lastIsBareLabel = last !== undefined && labelOf(last)?.value === '';
    if (lastIsBareLabel && !labelOf(part)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

/** Paragraphs (runs of non-empty lines) of a block of lines. */
function paragraphs(lines) {
  const out = [];
  let current = [];
  for (const line of lines) {
    if (line.trim()) current.push(line.trim());
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Splits a practice's section into its parts; see the header comment. */
function parseSection(lines) {
  const [heading, ...rest] = lines;
  const labels = [];
  const stray = [];
  const tools = [];
  const description = [];
  let current;
  for (const line of rest) {
    if (current?.kind === 'descripcion') {
      description.push(line);
      continue;
    }
    const label = labelOf(line.text);
    if (label) {
      current = { ...label, line };
      labels.push(current);
      if (label.kind === 'herramientas' && label.value) tools.push({ ...line, text: label.value, inline: true });
      if (label.kind === 'descripcion' && label.value) description.push({ ...line, text: label.value });
      continue;
    }
    if (current?.kind === 'herramientas') tools.push(line);
    else if (current && !OTHER_LABEL.test(line.text)) {
      // A header value broken by a blank line (a page or column break) goes on.
      current.value = collapse(`${current.value} ${line.text}`);
      current.continued = true;
    } else stray.push(line);
  }
  return { heading, labels, stray, tools, description };
}

/**
 * @param {string} source the publication's text
 * @param {string[]} departamentos department names (the dataset's regiones catalogue)
 */
export function parsePublicacion(source, departamentos) {
  const lines = source.split('\n');
  const find = (test, from = 0) => lines.findIndex((l, i) => i >= from && test(l.trim()));
  const tocAt = find((l) => /^\d+ TABLA DE CONTENIDOS/.test(l));
  const bodyStart = find((l) => l === 'Buenas Prácticas Descentralizadas con resultados visibles');
  const enProcesoStart = find((l) => /^Iniciativas en Proceso de Implementación/.test(l), bodyStart);
  const anexoStart = find((l) => l === 'Anexo 1', bodyStart);
  const criteriosAt = find((l) => l === 'CRITERIOS PARA CARACTERIZACIÓN:');
  if ([tocAt, bodyStart, enProcesoStart, anexoStart, criteriosAt].some((i) => i < 0)) return undefined;

  // Table of contents: «20 SALUD», … in order; topic entries after «INICIATIVAS EN PROCESO» belong to that part.
  const toc = [];
  let tocPart = null;
  for (const line of lines.slice(tocAt, bodyStart)) {
    for (const entry of line.split('**')) {
      const m = /^(\d+) (.+)$/.exec(entry.trim());
      if (!m) continue;
      if (/^BUENAS PRÁCTICAS DESCENTRALIZADAS/.test(m[2])) tocPart = 'buena-practica';
      else if (/^INICIATIVAS EN PROCESO/.test(m[2])) tocPart = 'en-proceso';
      else if (/^ANEXO/.test(m[2])) tocPart = null;
      else if (tocPart && temaOf(m[2])) toc.push({ tipo: tocPart, tema: temaOf(m[2]), pagina: Number(m[1]) });
    }
  }

  // The body as logical lines, each knowing its line number (1-based) in the source.
  const body = [];
  for (let i = bodyStart; i < anexoStart; i++) {
    if (lines[i].trim()) for (const text of splitMerged(lines[i])) body.push({ text, lineNo: i + 1 });
  }
  const folded = new Set(departamentos.map(fold));
  const isDepartmentHeading = (text) => text.split(/\s+-\s+/).every((part) => folded.has(fold(part)));

  const topicHeadings = [];
  const boundaries = new Set([0]);
  body.forEach((line, k) => {
    const tema = temaOf(line.text);
    if (tema) {
      topicHeadings.push({ tema, text: line.text, lineNo: line.lineNo });
      boundaries.add(k);
    }
    if (line.lineNo - 1 === enProcesoStart) boundaries.add(k);
  });
  // A practice's heading is the line before its «Región:» label.
  const headingAt = body.flatMap((line, k) => (labelOf(line.text)?.kind === 'region' && k > 0 ? [k - 1] : []));
  for (const k of headingAt) boundaries.add(k);
  const sections = headingAt.map((start) => {
    let end = Math.min(...[...boundaries].filter((b) => b > start), body.length);
    while (end - 1 > start && isDepartmentHeading(body[end - 1].text)) end--;
    const own = body.slice(start, end);
    const first = own[0].lineNo;
    const lastLine = own.at(-1).lineNo;
    let tema;
    for (const t of topicHeadings) if (t.lineNo < first) tema = t.tema;
    return {
      ...parseSection(own),
      lines: own,
      firstLine: first,
      lastLine,
      text: collapse(own.map((l) => l.text).join('\n')),
      // The raw lines, «**» marks included, for notas that quote a line as printed.
      rawText: collapse(lines.slice(first - 1, lastLine).join('\n')),
      tipo: first - 1 > enProcesoStart ? 'en-proceso' : 'buena-practica',
      tema,
    };
  });

  // Anexo 1: rows of three tab-separated columns, headers aside.
  const anexoRows = lines
    .slice(anexoStart)
    .map((l) => l.split('\t'))
    .filter((cols) => cols.length === 3 && cols[0].trim() !== 'TEMA');

  // «Criterios para caracterización»: «- **Articulación interna:** si promueve …».
  const aristas = [];
  for (const line of lines.slice(criteriosAt + 1)) {
    if (/^A partir de estos criterios/.test(line.trim())) break;
    const m = /^- \*\*(.+?):\*\*\s*(.*)$/.exec(line.trim());
    if (m) aristas.push({ nombre: m[1], definicion: m[2].trim() });
  }

  // Front matter: the paragraphs before the table of contents; a one-line paragraph
  // such as «Edición» or «Editado por» heads the paragraph after it.
  const frontLines = lines.slice(0, tocAt);
  const frontParagraphs = paragraphs(frontLines);
  const block = (heading) => {
    const at = frontParagraphs.findIndex((p) => p.length === 1 && p[0] === heading);
    return at < 0 ? undefined : frontParagraphs[at + 1];
  };

  return {
    lines,
    body,
    toc,
    topicHeadings,
    sections,
    anexoRows,
    aristas,
    front: {
      lines: frontLines.map((l) => l.trim()).filter(Boolean),
      text: collapse(frontLines.join('\n')),
      block,
    },
    bodyText: collapse(body.map((l) => l.text).join('\n')),
    sourceText: collapse(source),
  };
}
