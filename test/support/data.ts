// Shared helpers for the data tests: a deep copy of the bundled JSON to mutate,
// and a URL that serves any value as a JSON response.
import { expect } from '@open-wc/testing';
import raw from '../../data/practicas.json' with { type: 'json' };
import { DatasetError } from '../../src/data/errors.js';
import { validateDataset } from '../../src/data/parse.js';

export type RawDataset = typeof raw;

/** A fresh, mutable copy of the bundled dataset as it is on disk. */
export function rawDataset(): RawDataset {
  return structuredClone(raw);
}

/** Parses a mutated copy of the real dataset and returns the error it must raise. */
export function errorFor(mutate: (d: RawDataset) => void): DatasetError {
  const data = rawDataset();
  mutate(data);
  try {
    validateDataset(data, 'test.json');
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the dataset to be rejected');
}

/** An object URL whose body is `value` as JSON; fetch reads it like a server response. */
export function jsonUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

/** How many times the fixture server has served /fixtures/dataset/<key>. */
export async function hits(key: string): Promise<number> {
  return (await fetch(`/fixtures/hits/${key}`)).json() as Promise<number>;
}

/** A unique key per call, so tests never share the loader's cache or hit counts. */
let counter = 0;
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${counter++}`;
