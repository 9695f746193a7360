#!/usr/bin/env node
// Writes a synthetic catalogue of N practices (default 10000; seed default 1),
// derived from data/practicas.json, to stdout or to --out FILE.
//   node scripts/generate-synthetic.mjs 10000 --seed 1 --out bench/data/sinteticas-10000.json
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { catalogoSintetico } from './lib/sintetico.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10000);
const seed = Number(opt('--seed', 1));
const out = opt('--out');
const base = JSON.parse(readFileSync(new URL('../data/practicas.json', import.meta.url), 'utf8'));
const text = JSON.stringify(catalogoSintetico(base, n, seed));
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.error(`${n} practices (seed ${seed}) written to ${out} (${(text.length / 1024 / 1024).toFixed(1)} MB).`);
} else process.stdout.write(text);
