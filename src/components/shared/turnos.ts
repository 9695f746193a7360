/**
 * Renders in turns. Lit renders every element created or changed in one task in that task's
 * microtasks, so a page (or an app) that creates the filter bar, the map, a list and the
 * table together, or a bundle that defines them all at once, runs one long task: the sum
 * of the four first renders after the module's own evaluation; and so does a keystroke in
 * the filter bar, which changes all four. Here a render starts at once while the current
 * task is young; past `TURNO_MS`, it waits for the task after the next painted frame, so
 * that the browser lays out, paints and answers the reader between the widgets.
 *
 * While an element waits for its first render it has the custom state `pendiente`
 * (`:state(pendiente)`), by which the page's reserve style keeps drawing its place and
 * skeleton, as it did before the definition arrived.
 */

/**
 * How long a task may already have run when a render starts in it. A task's length is
 * then about this plus one render; Lighthouse's mobile preset counts a task four times
 * slower, and counts as blocking what goes over 50 ms.
 */
export const TURNO_MS = 8;

// Longest wait for a frame: a hidden page paints none.
const CUADRO_MAX_MS = 100;

// When the current task began, as far as renders can tell, and the promise of the first task
// after the next painted frame, when that start is forgotten: each turn's layout and paint are
// then a task of their own too, not one frame's work for every widget at once. (Forgotten at the
// next task instead, it let the linked widgets run tasks of 51-84 ms at 10,000 practices, created
// or typed into, in a clean CI run.)
let inicio: number | undefined;
let fin: Promise<void> | undefined;

/** Marks the current task's start, once, and forgets it after the next frame. */
function empezada(): number {
  inicio ??= performance.now();
  if (!fin) {
    // Whichever comes first, the frame or the time limit, resolves it; the other finds it resolved.
    let listo: () => void;
    const este: Promise<void> = (fin = new Promise((resolver) => {
      listo = () => {
        if (fin === este) fin = inicio = undefined;
        resolver();
      };
    }));
    setTimeout(listo!, CUADRO_MAX_MS);
    globalThis.requestAnimationFrame?.(() => setTimeout(listo));
  }
  return inicio;
}

// The bundle's own evaluation counts: a definition upgrades the elements already on the page in
// the task that evaluates the module.
empezada();

/** Whether a render asked for now would have to wait for another task. */
export function turnoAgotado(): boolean {
  return performance.now() - empezada() > TURNO_MS;
}

/**
 * Ends the current turn: renders asked for from now on wait for the task after the next painted
 * frame. For a render whose layout is a frame's work on its own (a list's new cards, the table's
 * new rows): the renders queued behind it are laid out in the next frame, not in the same one.
 */
export function cerrarTurno(): void {
  // The frame waited for may be painted already, its task not yet run: wait for a new one.
  // Renders waiting on the old promise find the turn still closed, and wait on this one.
  fin = undefined;
  empezada();
  inicio = -Infinity;
}

/**
 * Runs `render` at once if the current task is young, otherwise in the first later task that
 * is. `esperando` is told when the wait starts and ends. The check and the render are in one
 * synchronous step, so two waiting elements never both start in a task that the first fills.
 */
export function enSuTurno<T>(render: () => T, esperando: (espera: boolean) => void): T | Promise<T> {
  if (!turnoAgotado()) return render();
  esperando(true);
  return (async () => {
    do await fin;
    while (turnoAgotado());
    esperando(false);
    return render();
  })();
}
