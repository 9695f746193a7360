import type * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { MENSAJES, type Mensajes } from '../i18n/mensajes.js';
import { formatearNumero } from '../i18n/numeros.js';

/** What went wrong while loading a dataset. */
export type DatasetErrorKind = 'network' | 'http' | 'timeout' | 'not-json' | 'invalid';

/** One schema problem, located in the data. */
export interface DatasetIssue {
  /** Path in the data, e.g. `practicas[3].regiones[0]`. */
  path: string;
  /** Index of the practice record concerned, when the problem is inside one. */
  record?: number;
  /** `id` of that record, when it has a readable one. */
  recordId?: string;
  /** The zod issue, for the developer. */
  issue: z.core.$ZodIssue;
}

interface DatasetErrorInit {
  status?: number;
  statusText?: string;
  contentType?: string;
  timeoutMs?: number;
  issues?: DatasetIssue[];
  cause?: unknown;
}

/**
 * The one error type the data layer produces. `message` is written for the
 * developer (English, with every detail); `describe(lang)` gives the page's
 * reader a sentence in their language that names the problem.
 */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly kind: DatasetErrorKind;
  /** The dataset's URL as requested (absolute), or `(inline)` for data passed in code. */
  readonly url: string;
  readonly status?: number;
  readonly statusText?: string;
  readonly contentType?: string;
  readonly timeoutMs?: number;
  readonly issues: readonly DatasetIssue[];

  constructor(kind: DatasetErrorKind, url: string, detail: string, init: DatasetErrorInit = {}) {
    super(`practicas-widgets: dataset ${url}: ${detail}`, { cause: init.cause });
    this.kind = kind;
    this.url = url;
    this.status = init.status;
    this.statusText = init.statusText;
    this.contentType = init.contentType;
    this.timeoutMs = init.timeoutMs;
    this.issues = init.issues ?? [];
  }

  /** A short title and a detail sentence for the page's reader. */
  describe(lang: Lang): { titulo: string; detalle: string } {
    const m = MENSAJES[lang];
    return { titulo: m.cargaFallida, detalle: this.detail(m, lang) };
  }

  private detail(m: Mensajes, lang: Lang): string {
    switch (this.kind) {
      case 'http':
        return m.http(this.status ?? 0, this.statusText ?? '', this.url);
      case 'timeout':
        return m.tiempo(this.url, formatearNumero((this.timeoutMs ?? 0) / 1000, lang));
      case 'not-json':
        return m.noJson(this.url, this.contentType || '?');
      case 'invalid': {
        const [first] = this.issues;
        if (!first) return m.invalido(this.url, `${m.lugarArchivo}: ${m.valorInvalido}`, 0);
        // Two rules broken by one value (a malformed region code is also missing
        // from the catalogue) are one problem for the reader.
        const others = new Set(this.issues.map((i) => i.path));
        others.delete(first.path);
        return m.invalido(this.url, describeIssue(first, m), others.size);
      }
      case 'network':
        return m.red(this.url);
    }
  }
}

/**
 * One schema problem as the page's reader reads it: where, in words (the
 * practice by position and id, then the field by name), and what is wrong,
 * naming the value. Never a pattern or zod's own wording; those stay on
 * `issue` for the developer.
 * e.g. «La práctica 10 (id «huanuco-primera-infancia-articulada»), en «regiones» n.º 1:
 * la región "99" no existe; los códigos van de "01" a "25"».
 */
export function describeIssue(found: DatasetIssue, m: Mensajes): string {
  return `${where(found, m)}: ${whatIsWrong(found, m)}`;
}

const CATALOGUES = ['temas', 'criterios', 'regiones'] as const;
type Catalogue = (typeof CATALOGUES)[number];
const isCatalogue = (key: PropertyKey | undefined): key is Catalogue => CATALOGUES.includes(key as Catalogue);

function where({ issue, recordId }: DatasetIssue, m: Mensajes): string {
  const path = issue.path;
  const [head, position] = path;
  let place: string;
  let rest: readonly PropertyKey[];
  if (head === 'practicas' && typeof position === 'number') {
    [place, rest] = [m.lugarPractica(position + 1, recordId), path.slice(2)];
  } else if (isCatalogue(head) && typeof position === 'number') {
    [place, rest] = [m.lugarCatalogo[head](position + 1), path.slice(2)];
  } else if (head === 'fuente') {
    [place, rest] = [m.lugarFuente, path.slice(1)];
  } else {
    [place, rest] = [m.lugarArchivo, path];
  }
  return rest.length ? `${place}, ${m.enCampos(fieldWords(rest, m))}` : place;
}

/** ['descripcion', 0, 'items', 2] → «descripción» n.º 1, «elementos» n.º 3 */
function fieldWords(path: readonly PropertyKey[], m: Mensajes): string {
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
export const PATTERNS: Record<string, 'ubigeo' | 'slug' | 'trimmed' | 'iso' | 'year-month'> = {
  '^(0[1-9]|1\\d|2[0-5])$': 'ubigeo',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'slug',
  '^(?!\\s)[\\s\\S]*(?<!\\s)$': 'trimmed',
  '^PE-[A-Z]{3}$': 'iso',
  '^\\d{4}-\\d{2}$': 'year-month',
};

/** zod reports a pattern as `/source/flags`; the source is what identifies it. */
function patternSource(pattern: string): string {
  return /^\/([\s\S]*)\/[a-z]*$/.exec(pattern)?.[1] ?? pattern;
}

function kindOf(value: unknown, m: Mensajes): string {
  if (value === null) return m.clases.null;
  if (typeof value === 'string') return m.elTexto(shown(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return m.clases.array;
  if (typeof value === 'object') return m.clases.object;
  return m.clases.otro;
}

function whatIsWrong({ issue }: DatasetIssue, m: Mensajes): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return m.falta;
      const expected = m.clases[issue.expected as keyof Mensajes['clases']] as string | undefined;
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
        case 'year-month':
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
function crossRecordRule(message: string, m: Mensajes): string {
  let match = /^duplicate \w+ "(.*)" \(first at (\w+)\[(\d+)\]\)$/.exec(message);
  if (match) {
    const [, value, list, index] = match;
    const position = Number(index) + 1;
    const first =
      list === 'practicas' ? m.lugarPractica(position) : isCatalogue(list) ? m.lugarCatalogo[list](position) : `${list} ${position}`;
    return m.repetido(shown(value), first.charAt(0).toLocaleLowerCase() + first.slice(1));
  }
  if ((match = /^unknown tema "(.*)"$/.exec(message))) return m.temaDesconocido(shown(match[1]));
  if ((match = /^unknown criterio "(.*)"$/.exec(message))) return m.criterioDesconocido(shown(match[1]));
  if ((match = /^unknown region "(.*)"$/.exec(message))) return m.regionFueraDeCatalogo(shown(match[1]));
  if ((match = /^region "(.*)" is not among/.exec(message))) return m.regionAjena(shown(match[1]));
  return m.reglaIncumplida;
}
