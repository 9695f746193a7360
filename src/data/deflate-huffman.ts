/**
 * The block writer of a DEFLATE (RFC 1951) compressor: Huffman code lengths from
 * symbol frequencies, and one block (stored, fixed or dynamic codes) written at
 * a bit position. Ported line for line from fflate 0.8.3 (`wblk`, `hTree`, `lc`,
 * `hMap`), so that `deflate-lz.ts`, which calls it, gives fflate's bytes exactly.
 *
 * fflate: MIT License, Copyright (c) 2026 Arjun Barrett (full text in THIRD-PARTY-NOTICES.txt).
 */

/** Extra bits of each length code. */
export const fleb = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0, 0, 0]);
/** Extra bits of each distance code. */
export const fdeb = new Uint8Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 0, 0]);
/** The order in which code-length code lengths are written. */
const clim = new Uint8Array([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

/** For each length (or distance), its code in the low 5 bits and its extra value above. */
function reverso(eb: Uint8Array, start: number): Int32Array {
  const b = new Uint16Array(31);
  for (let i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
  const r = new Int32Array(b[30]);
  for (let i = 1; i < 30; ++i) {
    for (let j = b[i]; j < b[i + 1]; ++j) r[j] = ((j - b[i]) << 5) | i;
  }
  return r;
}
export const revfl = reverso(fleb, 2);
revfl[258] = 28;
export const revfd = reverso(fdeb, 0);

/** Bit reversal of 15-bit values. */
const rev = new Uint16Array(32768);
for (let i = 0; i < 32768; ++i) {
  let x = ((i & 0xaaaa) >> 1) | ((i & 0x5555) << 1);
  x = ((x & 0xcccc) >> 2) | ((x & 0x3333) << 2);
  x = ((x & 0xf0f0) >> 4) | ((x & 0x0f0f) << 4);
  rev[i] = (((x & 0xff00) >> 8) | ((x & 0x00ff) << 8)) >> 1;
}

/** The (bit-reversed) code of each symbol, from the code lengths `cd` of at most `mb` bits. */
function hMap(cd: Uint8Array, mb: number): Uint16Array {
  const s = cd.length;
  const l = new Uint16Array(mb);
  for (let i = 0; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
  const le = new Uint16Array(mb);
  for (let i = 1; i < mb; ++i) le[i] = (le[i - 1] + l[i - 1]) << 1;
  const co = new Uint16Array(s);
  for (let i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
  return co;
}

const flt = new Uint8Array(288);
for (let i = 0; i < 288; ++i) flt[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
const fdt = new Uint8Array(32).fill(5);
const flm = hMap(flt, 9);
const fdm = hMap(fdt, 5);
const vacio = new Uint8Array(0);

/** Ends of bytes: the byte after bit position `p`. */
export const shft = (p: number): number => ((p + 7) / 8) | 0;

function wbits(d: Uint8Array, p: number, v: number): void {
  v <<= p & 7;
  const o = (p / 8) | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
}

function wbits16(d: Uint8Array, p: number, v: number): void {
  v <<= p & 7;
  const o = (p / 8) | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
}

interface Nodo {
  s: number;
  f: number;
  l?: Nodo;
  r?: Nodo;
}

const ln = (n: Nodo, l: Uint16Array, d: number): number =>
  n.s == -1 ? Math.max(ln(n.l!, l, d + 1), ln(n.r!, l, d + 1)) : (l[n.s] = d);

/** Code lengths of at most `mb` bits from the frequencies `d`. */
function hTree(d: Uint16Array, mb: number): { t: Uint8Array; l: number } {
  const t: Nodo[] = [];
  for (let i = 0; i < d.length; ++i) if (d[i]) t.push({ s: i, f: d[i] });
  const s = t.length;
  const t2 = t.slice();
  if (!s) return { t: vacio, l: 0 };
  if (s == 1) {
    const v = new Uint8Array(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort((a, b) => a.f - b.f);
  t.push({ s: -1, f: 25001 });
  let l = t[0];
  let r = t[1];
  let i0 = 0;
  let i1 = 1;
  let i2 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i2].f ? i0++ : i2++];
    r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  let maxSym = t2[0].s;
  for (let i = 1; i < s; ++i) if (t2[i].s > maxSym) maxSym = t2[i].s;
  const tr = new Uint16Array(maxSym + 1);
  let mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    let i = 0;
    let dt = 0;
    const lft = mbt - mb;
    const cst = 1 << lft;
    t2.sort((a, b) => tr[b.s] - tr[a.s] || a.f - b.f);
    for (; i < s; ++i) {
      const k = t2[i].s;
      if (tr[k] > mb) {
        dt += cst - (1 << (mbt - tr[k]));
        tr[k] = mb;
      } else break;
    }
    dt >>= lft;
    while (dt > 0) {
      const k = t2[i].s;
      if (tr[k] < mb) dt -= 1 << (mb - tr[k]++ - 1);
      else ++i;
    }
    for (; i >= 0 && dt; --i) {
      const k = t2[i].s;
      if (tr[k] == mb) {
        --tr[k];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new Uint8Array(tr), l: mbt };
}

/** Run-length codes of a code-length table, and how many lengths are written. */
function lc(c: Uint8Array): { c: Uint16Array; n: number } {
  let s = c.length;
  while (s && !c[--s]);
  const cl = new Uint16Array(++s);
  let cli = 0;
  let cln = c[0];
  let cls = 1;
  const w = (v: number) => {
    cl[cli++] = v;
  };
  for (let i = 1; i <= s; ++i) {
    if (c[i] == cln && i != s) ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138) w(32754);
        if (cls > 2) {
          w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln);
        --cls;
        for (; cls > 6; cls -= 6) w(8304);
        if (cls > 2) {
          w(((cls - 3) << 5) | 8208);
          cls = 0;
        }
      }
      while (cls--) w(cln);
      cls = 1;
      cln = c[i];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
}

function clen(cf: Uint16Array, cl: Uint8Array): number {
  let l = 0;
  for (let i = 0; i < cl.length; ++i) l += cf[i] * cl[i];
  return l;
}

/** A stored block; returns the new bit position. */
function wfblk(out: Uint8Array, pos: number, dat: Uint8Array): number {
  const s = dat.length;
  const o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (let i = 0; i < s; ++i) out[o + i + 4] = dat[i];
  return (o + 4 + s) * 8;
}

/**
 * Writes one block of the symbols `syms[0..li)` (literals, or length/distance pairs
 * as `deflate-lz.ts` packs them) at bit `p` of `out`, as the smallest of stored,
 * fixed and dynamic codes; `dat[bs..bs+bl)` is the block's input. Returns the new bit position.
 */
export function wblk(
  dat: Uint8Array,
  out: Uint8Array,
  final: number,
  syms: Int32Array,
  lf: Uint16Array,
  df: Uint16Array,
  eb: number,
  li: number,
  bs: number,
  bl: number,
  p: number,
): number {
  wbits(out, p++, final);
  ++lf[256];
  const { t: dlt, l: mlb } = hTree(lf, 15);
  const { t: ddt, l: mdb } = hTree(df, 15);
  const { c: lclt, n: nlc } = lc(dlt);
  const { c: lcdt, n: ndc } = lc(ddt);
  const lcfreq = new Uint16Array(19);
  for (let i = 0; i < lclt.length; ++i) ++lcfreq[lclt[i] & 31];
  for (let i = 0; i < lcdt.length; ++i) ++lcfreq[lcdt[i] & 31];
  const { t: lct, l: mlcb } = hTree(lcfreq, 7);
  let nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc);
  const flen = (bl + 5) << 3;
  const ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  const dtlen =
    clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl));
  let lm: Uint16Array, ll: Uint8Array, dm: Uint16Array, dl: Uint8Array;
  wbits(out, p, 1 + Number(dtlen < ftlen));
  p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb);
    ll = dlt;
    dm = hMap(ddt, mdb);
    dl = ddt;
    const llm = hMap(lct, mlcb);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (let i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, lct[clim[i]]);
    p += 3 * nlcc;
    for (const clct of [lclt, lcdt]) {
      for (let i = 0; i < clct.length; ++i) {
        const len = clct[i] & 31;
        wbits(out, p, llm[len]);
        p += lct[len];
        if (len > 15) {
          wbits(out, p, (clct[i] >> 5) & 127);
          p += clct[i] >> 12;
        }
      }
    }
  } else {
    lm = flm;
    ll = flt;
    dm = fdm;
    dl = fdt;
  }
  for (let i = 0; i < li; ++i) {
    const sym = syms[i];
    if (sym > 255) {
      const len = (sym >> 18) & 31;
      wbits16(out, p, lm[len + 257]);
      p += ll[len + 257];
      if (len > 7) {
        wbits(out, p, (sym >> 23) & 31);
        p += fleb[len];
      }
      const dst = sym & 31;
      wbits16(out, p, dm[dst]);
      p += dl[dst];
      if (dst > 3) {
        wbits16(out, p, (sym >> 5) & 8191);
        p += fdeb[dst];
      }
    } else {
      wbits16(out, p, lm[sym]);
      p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
}
