import type { Lang } from '../i18n/lang.js';
import { MENSAJES, type Mensajes } from '../i18n/mensajes.js';
import { formatearNumero } from '../i18n/numeros.js';

/** What went wrong while loading a dataset. */
export type DatasetErrorKind = 'network' | 'http' | 'timeout' | 'not-json' | 'version' | 'invalid';

/**
 * A problem as the validator reports it, for the developer: its `code` (`invalid_type`,
 * `invalid_format`, `custom`…), `message`, `path` in the data and the value (`input`).
 * It is a zod issue, with more fields by code; the type names only these, so that a
 * new major of the validator does not change the package's types.
 */
export interface ValidatorIssue {
  readonly code?: string;
  readonly message: string;
  readonly path: PropertyKey[];
  readonly input?: unknown;
}

/** One schema problem, located in the data. */
export interface DatasetIssue {
  /** Path in the data, e.g. `practicas[3].regiones[0]`. */
  path: string;
  /** Index of the practice record concerned, when the problem is inside one. */
  record?: number;
  /** `id` of that record, when it has a readable one. */
  recordId?: string;
  /** The validator's issue, for the developer. */
  issue: ValidatorIssue;
}

interface DatasetErrorInit {
  status?: number;
  statusText?: string;
  contentType?: string;
  timeoutMs?: number;
  issues?: DatasetIssue[];
  /** For `version`: the data's format version, which this library does not read. */
  version?: unknown;
  /** For `invalid`: the reader's sentence about the problems, in each language. */
  readerText?: Readonly<Record<Lang, string>>;
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
  /** For `version`: the data's format version, which this library does not read. */
  readonly version?: unknown;
  /** For `invalid`: the reader's sentence about the problems, in each language. */
  readonly readerText?: Readonly<Record<Lang, string>>;

  constructor(kind: DatasetErrorKind, url: string, detail: string, init: DatasetErrorInit = {}) {
    super(`practicas-widgets: dataset ${url}: ${detail}`, { cause: init.cause });
    this.kind = kind;
    this.url = url;
    this.status = init.status;
    this.statusText = init.statusText;
    this.contentType = init.contentType;
    this.timeoutMs = init.timeoutMs;
    this.issues = init.issues ?? [];
    this.version = init.version;
    this.readerText = init.readerText;
  }

  /** A short title and a detail sentence for the page's reader. */
  describe(lang: Lang): { title: string; detail: string } {
    const m = MENSAJES[lang];
    return { title: m.cargaFallida, detail: this.detail(m, lang) };
  }

  private detail(m: Mensajes, lang: Lang): string {
    switch (this.kind) {
      case 'http':
        return m.http(this.status ?? 0, this.statusText ?? '', this.url);
      case 'timeout':
        return m.tiempo(this.url, formatearNumero((this.timeoutMs ?? 0) / 1000, lang));
      case 'not-json':
        return m.noJson(this.url, this.contentType || '?');
      case 'invalid':
        // The validator wrote the sentences about the problems when it found them.
        return this.readerText?.[lang] ?? m.formatoInesperado(this.url);
      case 'network':
        return m.red(this.url);
      case 'version':
        return m.versionDesconocida(this.url, String(this.version));
    }
  }
}
