/**
 * Schema problems in the reader's words. Part of the validator: loaded with
 * zod, only when a dataset comes by URL (src/data/loader.ts).
 */
import type { Lang } from '../i18n/lang.js';
import { MENSAJES_VALIDACION, type MensajesValidacion } from '../i18n/mensajes-validacion.js';
import type * as z from 'zod/mini';
import type { DatasetIssue } from './errors.js';

/**
 * The reader's sentence about a dataset's problems, in each language: the
 * first problem in words, and how many more there are.
 */
export function lecturaDeProblemas(url: string, issues: readonly DatasetIssue[]): Record<Lang, string> {
  const [first] = issues;
  // Two rules broken by one value (a malformed region code is also missing
  // from the catalogue) are one problem for the reader.
  const others = new Set(issues.map((i) => i.path));
  if (first) others.delete(first.path);
  const leer = (m: MensajesValidacion) =>
    m.invalido(url, first ? describeIssue(first, m) : `${m.lugarArchivo}: ${m.valorInvalido}`, others.size);
  return { es: leer(MENSAJES_VALIDACION.es), en: leer(MENSAJES_VALIDACION.en) };
}

/**
 * One schema problem as the page's reader reads it: where, in words (the
 * practice by position and id, then the field by name), and what is wrong,
 * naming the value. Never a pattern or zod's own wording; those stay on
 * `issue` for the developer.
 * e.g. «La práctica 10 (id «huanuco-primera-infancia-articulada»), en «regiones» n.º 1:
 * la región "99" no existe; los códigos van de "01" a "25"».
 */
export function describeIssue(found: DatasetIssue, m: MensajesValidacion): string {
  return `${where(found, m)}: ${whatIsWrong(found, m)}`;
}

const CATALOGUES = ['fuentes', 'temas', 'criterios', 'regiones'] as const;
type Catalogue = (typeof CATALOGUES)[number];
const isCatalogue = (key: PropertyKey | undefined): key is Catalogue => CATALOGUES.includes(key as Catalogue);

function where({ issue, recordId }: DatasetIssue, m: MensajesValidacion): string {
  const path = issue.path;
  const [head, position] = path;
  let place: string;
  let rest: readonly PropertyKey[];
  if (head === 'practicas' && typeof position === 'number') {
    [place, rest] = [m.lugarPractica(position + 1, recordId), path.slice(2)];
  } else if (isCatalogue(head) && typeof position === 'number') {
    [place, rest] = [m.lugarCatalogo[head](position + 1), path.slice(2)];
  } else {
    [place, rest] = [m.lugarArchivo, path];
  }
  return rest.length ? `${place}, ${m.enCampos(fieldWords(rest, m))}` : place;
}

/** ['descripcion', 0, 'items', 2] → «descripción» n.º 1, «elementos» n.º 3 */
function fieldWords(path: readonly PropertyKey[], m: MensajesValidacion): string {
  const words: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const last = words.pop();
      words.push(last ? `${last} ${m.enPosicion(key + 1)}` : m.enPosicion(key + 1));
    } else {
      const name = String(key);
      words.push(m.citaCampo(m.nombresCampo[name] ?? name));
    }
  }
  return words.join(', ');
}

/** A value as the reader sees it: strings quoted (and cut when long), numbers as they are. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return String(value);
}

/** The known patterns of the schema (src/data/schema.ts), by what they mean. */
export const PATTERNS: Record<string, 'ubigeo' | 'slug' | 'trimmed' | 'iso' | 'date'> = {
  '^(0[1-9]|1\\d|2[0-5])$': 'ubigeo',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'slug',
  '^(?!\\s)[\\s\\S]*(?<!\\s)$': 'trimmed',
  '^PE-[A-Z]{3}$': 'iso',
  '^\\d{4}(-(0[1-9]|1[0-2]))?$': 'date',
};

/** zod reports a pattern as `/source/flags`; the source is what identifies it. */
function patternSource(pattern: string): string {
  return /^\/([\s\S]*)\/[a-z]*$/.exec(pattern)?.[1] ?? pattern;
}

function kindOf(value: unknown, m: MensajesValidacion): string {
  if (value === null) return m.clases.null;
  if (typeof value === 'string') return m.elTexto(shown(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return m.clases.array;
  if (typeof value === 'object') return m.clases.object;
  return m.clases.otro;
}

function whatIsWrong(found: DatasetIssue, m: MensajesValidacion): string {
  // The validator (parse.ts) made the issue: it is a zod issue.
  const issue = found.issue as z.core.$ZodIssue;
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return m.falta;
      const expected = m.clases[issue.expected as keyof MensajesValidacion['clases']] as string | undefined;
      return expected ? m.claseEsperada(expected, kindOf(input, m)) : m.valorInvalido;
    }
    case 'invalid_value':
      if (input === undefined) return m.falta;
      return m.noPermitido(shown(input), m.unoDe(issue.values.map(shown)));
    case 'invalid_union': {
      if (!issue.discriminator || !('options' in issue)) return m.valorInvalido;
      const value = (input as Record<string, unknown> | null | undefined)?.[issue.discriminator];
      if (value === undefined) return m.falta;
      const options = (issue.options ?? []) as unknown[];
      return m.noPermitido(shown(value), m.unoDe(options.map(shown)));
    }
    case 'invalid_format': {
      const value = shown(input);
      const pattern = 'pattern' in issue && issue.pattern ? PATTERNS[patternSource(issue.pattern)] : undefined;
      switch (pattern) {
        case 'ubigeo':
          return m.regionInexistente(value);
        case 'slug':
          return m.identificador(value);
        case 'trimmed':
          return m.espacios;
        case 'iso':
          return m.codigoIso(value);
        case 'date':
          return m.anioMes(value);
        default:
          return m.forma(value);
      }
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? m.listaVacia : m.pocos(min);
      if (issue.origin === 'string') return min <= 1 ? m.textoVacio : m.cortoTexto(min);
      if (typeof input === 'number' || typeof input === 'bigint') {
        return m.menorQue(String(issue.minimum), String(input), issue.inclusive !== false);
      }
      return m.valorInvalido;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return m.muchos(max);
      if (issue.origin === 'string') return m.largoTexto(max);
      if (typeof input === 'number' || typeof input === 'bigint') {
        return m.mayorQue(String(issue.maximum), String(input), issue.inclusive !== false);
      }
      return m.valorInvalido;
    }
    case 'unrecognized_keys':
      return m.camposImprevistos(issue.keys);
    case 'custom':
      return crossRecordRule(issue.message, m);
    default:
      return m.valorInvalido;
  }
}

/** The cross-record rules of src/data/schema.ts, recognised by their developer message. */
function crossRecordRule(message: string, m: MensajesValidacion): string {
  let match = /^duplicate \w+ "(.*)" \(first at (\w+)\[(\d+)\]\)$/.exec(message);
  if (match) {
    const [, value, list, index] = match;
    const position = Number(index) + 1;
    const first =
      list === 'practicas'
        ? m.lugarPractica(position)
        : isCatalogue(list)
          ? m.lugarCatalogo[list](position)
          : `${list} ${position}`;
    return m.repetido(shown(value), first.charAt(0).toLocaleLowerCase() + first.slice(1));
  }
  if ((match = /^unknown tema "(.*)"$/.exec(message))) return m.temaDesconocido(shown(match[1]));
  if ((match = /^unknown criterio "(.*)"$/.exec(message))) return m.criterioDesconocido(shown(match[1]));
  if ((match = /^unknown fuente "(.*)"$/.exec(message))) return m.fuenteDesconocida(shown(match[1]));
  if ((match = /^unknown region "(.*)"$/.exec(message))) return m.regionFueraDeCatalogo(shown(match[1]));
  if ((match = /^region "(.*)" is not among/.exec(message))) return m.regionAjena(shown(match[1]));
  return m.reglaIncumplida;
}
