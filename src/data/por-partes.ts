/**
 * Long work in slices: a generator does one step per `yield`, and `porPartes`
 * runs its steps for a few ms at a time, yielding to the browser in between, so
 * that 10,000 rows of a download never freeze the page. `deUnaVez` runs the same
 * steps in one go (the synchronous API).
 *
 * The Excel writer (src/data/xlsx.ts) keeps its own copy of these few lines: it is
 * a chunk loaded on demand, and a module shared with the main file would either
 * make the CDN module export internal names to it, or split the CDN module in two
 * files fetched one after the other.
 */
import type { Pasos } from './zip.js';

export type { Pasos };

/**
 * Lets the browser run its other tasks (paint, input, the page's timers) before
 * the next slice: a message to ourselves, a task of its own without the 4 ms
 * clamp of nested timers. Not `scheduler.yield()`: measured in Chromium with
 * 10,000 rows, its continuations go ahead of rendering, and frames came about
 * every 100 ms while the file was written, against every 16–30 ms with a message.
 */
export function ceder(): Promise<void> {
  return new Promise((resolve) => {
    const canal = new MessageChannel();
    canal.port1.onmessage = () => {
      canal.port1.close();
      resolve();
    };
    canal.port2.postMessage(null);
  });
}

/** The time a slice works before it yields to the browser, in ms: well under a 50 ms long task. */
export const PRESUPUESTO_MS = 10;

/** Runs the steps in slices of about `presupuesto` ms, yielding to the browser (`ceder`) between them. */
export async function porPartes<T>(pasos: Pasos<T>, presupuesto = PRESUPUESTO_MS): Promise<T> {
  let desde = performance.now();
  for (;;) {
    const paso = pasos.next();
    if (paso.done) return paso.value;
    if (performance.now() - desde >= presupuesto) {
      await ceder();
      desde = performance.now();
    }
  }
}

/** Runs the steps in one go. */
export function deUnaVez<T>(pasos: Pasos<T>): T {
  for (;;) {
    const paso = pasos.next();
    if (paso.done) return paso.value;
  }
}
