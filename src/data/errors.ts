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
        const [first, ...rest] = this.issues;
        const text = first ? describeIssue(first, m) : m.valorInvalido;
        return m.invalido(this.url, text, rest.length);
      }
      case 'network':
        return m.red(this.url);
    }
  }
}

/** "registro 4 («arequipa-anemia-cero»), regiones[0]: código …" in the reader's language. */
export function describeIssue(found: DatasetIssue, m: Mensajes): string {
  const where =
    found.record === undefined
      ? found.path || '/'
      : `${m.registro(found.record, found.recordId)}, ${found.path.replace(/^practicas\[\d+\]\.?/, '') || '/'}`;
  return `${where}: ${issueText(found.issue, m)}`;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function issueText(issue: z.core.$ZodIssue, m: Mensajes): string {
  switch (issue.code) {
    case 'invalid_type':
      return m.tipoEsperado(issue.expected, typeName(issue.input));
    case 'invalid_value':
      return m.valorEsperado(list(issue.values));
    case 'invalid_format':
      return m.formato(issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format);
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? m.muyCorto(Number(issue.minimum))
        : m.muyPequeno(Number(issue.minimum));
    case 'unrecognized_keys':
      return m.claveDesconocida(issue.keys.join(', '));
    case 'invalid_union':
      return issue.discriminator && 'options' in issue
        ? m.varianteDesconocida(issue.discriminator, list(issue.options ?? []))
        : m.valorInvalido;
    case 'custom':
      return m.regla(issue.message);
    default:
      return m.valorInvalido;
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
