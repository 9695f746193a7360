/**
 * The validator: data against the schema, with every problem located (which
 * record, index and id, and which field fails which rule) and put in the
 * reader's words. This module and what it imports (zod, the schema, the
 * sentences about problems) load only when needed: the public `parseDataset`
 * and `loadDataset` (src/data/loader.ts) import it dynamically.
 */
import type * as z from 'zod/mini';
import type { Dataset } from './schema.js';
import { DatasetSchema } from './zod-schema.js';
import { DatasetError, type DatasetIssue } from './errors.js';
import { lecturaDeProblemas } from './describe-issue.js';
import { VERSION_DATASET, VERSIONES_DATASET } from './vocabulario.js';
import { migrarVersion1 } from './versiones.js';

/**
 * Validates data against the schema, including the cross-record rules, at once.
 * Data in an older version of the format it knows is migrated in memory first
 * (src/data/versiones.ts); the result is always the current version.
 * @throws {DatasetError} of kind `version` for a format version it does not know,
 * or `invalid`, listing every problem with its place.
 */
export function validateDataset(input: unknown, url = '(inline)'): Dataset {
  const version = versionOf(input);
  if (!VERSIONES_DATASET.some((known) => known === version)) {
    throw new DatasetError(
      'version',
      url,
      `format version ${JSON.stringify(version)}; this library reads versions ${VERSIONES_DATASET.join(', ')}`,
      { version },
    );
  }
  const data = version === 1 ? migrarVersion1(input as Record<string, unknown>) : input;
  const result = DatasetSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => locate(issue, data));
  const first = issues[0];
  const detail =
    `${issues.length} schema ${issues.length === 1 ? 'problem' : 'problems'}; ` +
    issues
      .slice(0, 10)
      .map((i) => `${i.path || '/'}${i.recordId ? ` (id "${i.recordId}")` : ''}: ${i.issue.code}: ${developerMessage(i)}`)
      .join('; ');
  throw new DatasetError('invalid', url, first ? detail : 'invalid dataset', {
    issues,
    readerText: lecturaDeProblemas(url, issues),
  });
}

/**
 * A file without `version` is version 1, the format of practicas-widgets 0.1,
 * unless it has version 2's `fuentes` (then the schema reports the missing
 * `version`). Anything that is not an object goes to the schema as it is.
 */
function versionOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return VERSION_DATASET;
  if ('version' in input) return input.version;
  return 'fuentes' in input ? VERSION_DATASET : 1;
}

function locate(issue: z.core.$ZodIssue, input: unknown): DatasetIssue {
  const path = issue.path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
  if (issue.path[0] !== 'practicas' || typeof issue.path[1] !== 'number') return { path, issue };
  const record = issue.path[1];
  const practicas = (input as { practicas?: unknown }).practicas;
  const raw = Array.isArray(practicas) ? (practicas[record] as { id?: unknown } | undefined) : undefined;
  const recordId = typeof raw?.id === 'string' && raw.id ? raw.id : undefined;
  return { path, issue, record, recordId };
}

function developerMessage(found: DatasetIssue): string {
  // This module made the issue (locate, above): it is a zod issue.
  const issue = found.issue as z.core.$ZodIssue;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `invalid ${issue.format}${'pattern' in issue ? ` ${String(issue.pattern)}` : ''}`;
    case 'too_small':
      return `minimum ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `unknown keys ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
