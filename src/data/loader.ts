/**
 * Where data enters the library: the bundled dataset, or another one loaded
 * by URL. Everything returned from here is validated against the schema.
 */
import bundledJson from '../../data/practicas.json' with { type: 'json' };
import type { Dataset } from './schema.js';
import { DatasetError } from './errors.js';
// Type only: the module itself is imported on demand, below.
import type * as ParseModule from './parse.js';

type Validator = typeof ParseModule;

/** How long a dataset request may take before it fails with a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The dataset shipped inside the bundle; no request. It is validated where it
 * enters the library, at build time: `npm run build` refuses a dataset that
 * fails the schema, and `npm test` also checks it against the publication. So
 * the browser does not validate it again on every page load (that cost
 * 8–15 ms before the first paint); datasets loaded by URL are always validated.
 */
export function bundledDataset(): Dataset {
  return bundledJson as unknown as Dataset;
}

/**
 * Validates data against the schema, including the cross-record rules. The
 * validator (zod, the schema and the sentences about problems) is loaded the
 * first time it is needed, here or by `loadDataset`: a page that shows only the
 * bundled data never downloads it.
 * @param url Where the data came from, for messages.
 * @throws {DatasetError} (as a rejection) of kind `invalid`, listing every
 *   problem with its place; of kind `network` if the validator cannot be loaded.
 */
export async function parseDataset(input: unknown, url = '(inline)'): Promise<Dataset> {
  let validator: Validator;
  try {
    validator = await import('./parse.js');
  } catch (error) {
    throw new DatasetError('network', url, `the validator module failed to load: ${String(error)}`, { cause: error });
  }
  return validator.validateDataset(input, url);
}

export interface LoadOptions {
  /** Aborts this caller's wait; the request itself stops when no caller waits any more. */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with a `timeout` error. */
  timeoutMs?: number;
}

interface SharedRequest {
  promise: Promise<Dataset>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

/**
 * Loads and validates the dataset at `src`, resolved against the document's
 * base URL; where there is no document (Node), `src` must be an absolute URL.
 * Callers asking for the same URL share one request; a successful result is
 * kept for the page's lifetime, a failure is forgotten so a retry fetches again.
 * @throws {DatasetError} for every failure except an abort by `signal`, which
 *   rejects with the signal's reason. An address that cannot be requested (a
 *   relative URL in Node, or no URL at all) is a `network` error, as a request
 *   that fails.
 */
export function loadDataset(src: string, options: LoadOptions = {}): Promise<Dataset> {
  let url: string;
  try {
    url = new URL(src, typeof document === 'undefined' ? undefined : document.baseURI).href;
  } catch (error) {
    const why = typeof document === 'undefined' ? 'with no document (Node) it must be an absolute URL' : String(error);
    const failure = new DatasetError('network', String(src), `the address cannot be requested: ${why}`, { cause: error });
    console.warn(failure.message);
    return Promise.reject(failure);
  }
  let shared = requests.get(url);
  if (!shared) {
    shared = startRequest(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    requests.set(url, shared);
  }
  return waitFor(shared, url, options.signal);
}

/** Forgets every remembered dataset, so that the next load fetches again. */
export function clearDatasetCache(): void {
  requests.clear();
}

function startRequest(url: string, timeoutMs: number): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { promise: undefined!, controller, waiting: 0, settled: false };
  request.promise = fetchDataset(url, controller, timeoutMs).then(
    (data) => {
      request.settled = true;
      return data;
    },
    (error: unknown) => {
      request.settled = true;
      if (requests.get(url) === request) requests.delete(url);
      // The reader gets a sentence (DatasetError.describe); the developer gets
      // every detail here, once per failed request.
      if (error instanceof DatasetError) console.warn(error.message);
      throw error;
    },
  );
  // Callers may all have left before it settles; nobody else observes it then.
  request.promise.catch(() => {});
  return request;
}

function waitFor(request: SharedRequest, url: string, signal?: AbortSignal): Promise<Dataset> {
  if (!signal) return request.promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  request.waiting++;
  return new Promise<Dataset>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      request.waiting--;
    };
    const onAbort = () => {
      leave();
      reject(signal.reason);
      if (request.waiting === 0 && !request.settled) {
        request.controller.abort();
        if (requests.get(url) === request) requests.delete(url);
      }
    };
    signal.addEventListener('abort', onAbort);
    request.promise.then(
      (data) => {
        leave();
        resolve(data);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

async function fetchDataset(url: string, controller: AbortController, timeoutMs: number): Promise<Dataset> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new DatasetError('http', url, `HTTP ${response.status} ${response.statusText}`.trim(), {
          status: response.status,
          statusText: response.statusText,
        });
      }
      body = await response.text();
    } catch (error) {
      if (error instanceof DatasetError) throw error;
      if (timedOut) {
        throw new DatasetError('timeout', url, `no answer within ${timeoutMs} ms`, { timeoutMs, cause: error });
      }
      if (controller.signal.aborted) throw error;
      throw new DatasetError('network', url, `request failed: ${String(error)}`, { cause: error });
    }
    const contentType = response.headers.get('content-type') ?? '';
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new DatasetError(
        'not-json',
        url,
        `response is not JSON (content-type "${contentType}", starts with ${JSON.stringify(body.slice(0, 40))}): ${String(error)}`,
        { contentType: contentType.split(';')[0] || 'text', cause: error },
      );
    }
    return parseDataset(json, url);
  } finally {
    clearTimeout(timer);
  }
}
