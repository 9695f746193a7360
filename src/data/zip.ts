/**
 * A zip archive of deflated files, written in steps: each function here is a
 * generator that yields every few thousand bytes of work, so that a caller can
 * stop between steps and let the browser paint and answer the reader
 * (`xlsx.ts` does), or run it straight through (Node, `aXlsx`).
 *
 * The bytes are exactly those of fflate 0.8.3's `zipSync(files, { level, mtime })`:
 * its compressor (`dflt`) and its archive layout are ported line for line, with
 * the compressor's loop made resumable. fflate's own streaming classes give other
 * bytes (they end a block at every chunk, and the streaming archive adds data
 * descriptors), and so does the platform's CompressionStream (zlib); its
 * asynchronous ones start blob: workers, which a strict Content-Security-Policy forbids.
 *
 * fflate: MIT License, Copyright (c) 2026 Arjun Barrett (full text in THIRD-PARTY-NOTICES.txt).
 */
import { fdeb, fleb, revfd, revfl, shft, wblk } from './deflate-huffman.js';

/** A resumable piece of work: it yields between steps and returns its result. */
export type Pasos<T> = Generator<void, T, void>;

/** How many input bytes the compressor reads between two chances to stop. */
const PASO = 2048;

/** Per level: (nice length << 13) | chain length. */
const deo = new Int32Array([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);

/** Raw DEFLATE of `dat` at `nivel` (1 to 9), in steps: fflate's `deflateSync(dat, { level })`. */
export function* deflate(dat: Uint8Array, nivel: number): Pasos<Uint8Array> {
  const s = dat.length;
  // fflate's memory level for one-shot input: from the input's size.
  const plvl = Math.ceil(Math.max(8, Math.min(13, Math.log(s))) * 1.5);
  const w = new Uint8Array(s + 5 * (1 + Math.ceil(s / 7000)));
  let pos = 0;
  const opt = deo[nivel - 1];
  const n = opt >> 13;
  const c = opt & 8191;
  const msk = (1 << plvl) - 1;
  // Previous position with the same 2-byte hash, and the latest position per hash.
  const prev = new Uint16Array(32768);
  const head = new Uint16Array(msk + 1);
  const bs1 = Math.ceil(plvl / 3);
  const bs2 = 2 * bs1;
  const hsh = (i: number) => (dat[i] ^ (dat[i + 1] << bs1) ^ (dat[i + 2] << bs2)) & msk;
  const syms = new Int32Array(25000);
  const lf = new Uint16Array(288);
  const df = new Uint16Array(32);
  let lcn = 0;
  let eb = 0;
  let i = 0;
  let li = 0;
  let wi = 0;
  let bs = 0;
  for (; i + 2 < s; ++i) {
    if (i % PASO === 0) yield;
    const hv = hsh(i);
    let imod = i & 32767;
    let pimod = head[hv];
    prev[imod] = pimod;
    head[hv] = imod;
    if (wi <= i) {
      const rem = s - i;
      if ((lcn > 7000 || li > 24576) && rem > 423) {
        pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
        li = lcn = eb = 0;
        bs = i;
        lf.fill(0, 0, 286);
        df.fill(0, 0, 30);
      }
      let l = 2;
      let d = 0;
      let ch = c;
      let dif = (imod - pimod) & 32767;
      if (rem > 2 && hv == hsh(i - dif)) {
        const maxn = Math.min(n, rem) - 1;
        const maxd = Math.min(32767, i);
        const ml = Math.min(258, rem);
        while (dif <= maxd && --ch && imod != pimod) {
          if (dat[i + l] == dat[i + l - dif]) {
            let nl = 0;
            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl);
            if (nl > l) {
              l = nl;
              d = dif;
              if (nl > maxn) break;
              // Search on from the rarest 2-byte sequence within the match.
              const mmd = Math.min(dif, nl - 2);
              let md = 0;
              for (let j = 0; j < mmd; ++j) {
                const ti = (i - dif + j) & 32767;
                const cd = (ti - prev[ti]) & 32767;
                if (cd > md) {
                  md = cd;
                  pimod = ti;
                }
              }
            }
          }
          imod = pimod;
          pimod = prev[imod];
          dif += (imod - pimod) & 32767;
        }
      }
      if (d) {
        // Length and distance in one int, marked by bit 28.
        syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
        const lin = revfl[l] & 31;
        const din = revfd[d] & 31;
        eb += fleb[lin] + fdeb[din];
        ++lf[257 + lin];
        ++df[din];
        wi = i + l;
        ++lcn;
      } else {
        syms[li++] = dat[i];
        ++lf[dat[i]];
      }
    }
  }
  for (i = Math.max(i, wi); i < s; ++i) {
    syms[li++] = dat[i];
    ++lf[dat[i]];
  }
  pos = wblk(dat, w, 1, syms, lf, df, eb, li, bs, i - bs, pos);
  return w.slice(0, shft(pos));
}

const CRC = new Int32Array(256);
for (let i = 0; i < 256; ++i) {
  let c = i;
  for (let k = 0; k < 8; ++k) c = (c & 1 && -306674912) ^ (c >>> 1);
  CRC[i] = c;
}

/** The CRC-32 of `dat`, in steps. */
export function* crc32(dat: Uint8Array): Pasos<number> {
  let cr = -1;
  for (let i = 0; i < dat.length; ++i) {
    if (i % (PASO * 32) === 0) yield;
    cr = CRC[(cr & 255) ^ dat[i]] ^ (cr >>> 8);
  }
  return ~cr;
}

/** Writes `v` little-endian from `b`, as many bytes as it needs (the rest stay 0). */
function wbytes(d: Uint8Array, b: number, v: number): void {
  for (; v; ++b) {
    d[b] = v;
    v >>>= 8;
  }
}

/** A DOS date and time, from local components (1980 to 2099). */
function fechaDos(f: Date): number {
  const y = f.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new RangeError(`a zip archive cannot date a file in ${f.getFullYear()}`);
  return (
    (y << 25) |
    ((f.getMonth() + 1) << 21) |
    (f.getDate() << 16) |
    (f.getHours() << 11) |
    (f.getMinutes() << 5) |
    (f.getSeconds() >> 1)
  );
}

interface Entrada {
  nombre: Uint8Array;
  comprimido: Uint8Array;
  crc: number;
  tamano: number;
  utf8: boolean;
  /** Where its local header starts. */
  desde: number;
}

/**
 * A zip archive of `archivos` (path → bytes) in their order, each deflated at
 * `nivel` and dated `fecha`: fflate's `zipSync(archivos, { level: nivel, mtime: fecha })`.
 */
export function* zip(archivos: ReadonlyMap<string, Uint8Array>, nivel: number, fecha: Date): Pasos<Uint8Array> {
  const fecha32 = fechaDos(fecha);
  const entradas: Entrada[] = [];
  let local = 0;
  let central = 0;
  for (const [ruta, datos] of archivos) {
    const nombre = new TextEncoder().encode(ruta);
    if (nombre.length > 65535) throw new RangeError(`a zip archive cannot hold a file named «${ruta.slice(0, 40)}…»`);
    const comprimido = yield* deflate(datos, nivel);
    const crc = yield* crc32(datos);
    // Bit 11 of the flags: the name is UTF-8 (not ASCII).
    const utf8 = nombre.length !== ruta.length;
    entradas.push({ nombre, comprimido, crc, tamano: datos.length, utf8, desde: local });
    local += 30 + nombre.length + comprimido.length;
    central += 46 + nombre.length;
  }
  const out = new Uint8Array(local + central + 22);
  let b = local;
  const cabecera = (e: Entrada, p: number, enCentral: boolean) => {
    wbytes(out, p, enCentral ? 0x2014b50 : 0x4034b50);
    p += 4;
    // The version that made it (2.0, MS-DOS), in the central directory only; then the version needed (2.0).
    if (enCentral) {
      out[p] = 20;
      p += 2;
    }
    out[p] = 20;
    p += 2;
    out[p++] = 0;
    out[p++] = e.utf8 ? 8 : 0;
    out[p++] = 8;
    out[p++] = 0;
    wbytes(out, p, fecha32);
    p += 4;
    wbytes(out, p, e.crc);
    wbytes(out, p + 4, e.comprimido.length);
    wbytes(out, p + 8, e.tamano);
    wbytes(out, p + 12, e.nombre.length);
    p += 16;
    if (enCentral) {
      wbytes(out, p + 10, e.desde);
      p += 14;
    }
    out.set(e.nombre, p);
    return p + e.nombre.length;
  };
  for (const e of entradas) {
    out.set(e.comprimido, cabecera(e, e.desde, false));
    b = cabecera(e, b, true);
  }
  // The end of the central directory: its number of entries, size and offset.
  wbytes(out, b, 0x6054b50);
  wbytes(out, b + 8, entradas.length);
  wbytes(out, b + 10, entradas.length);
  wbytes(out, b + 12, central);
  wbytes(out, b + 16, local);
  return out;
}
