// Holds back the build of the search index, for the stories of the «Buscando…» state.
//
// src/data/busqueda.ts indexes a catalogue of more than 300 practices in slices of a
// few ms, each in a background task of the Prioritized Task Scheduling API
// (`scheduler.postTask(…, { priority: 'background' })`). Until the last slice is done,
// a search typed meanwhile cannot run without a long task, so the widgets apply the
// other filters and show «Buscando…» (aria-busy). On a desktop that lasts a fraction
// of a second. While held, the background tasks posted are kept waiting, as a slow
// phone with a busy main thread would keep them: the widgets run their real code,
// only the index's next slice does not come yet. Nothing in src/ knows about this.
//
// Should src/data/busqueda.ts ever yield in another way, nothing would be held and the
// state would pass in a blink: the stories' play functions check that a slice is held
// (`tareasRetenidas()`), so the Storybook test says so.

type Tarea = () => unknown;
interface OpcionesTarea {
  priority?: string;
}
interface Planificador {
  postTask(tarea: Tarea, opciones?: OpcionesTarea): Promise<unknown>;
}

const global = globalThis as { scheduler?: Planificador };

/** Whether background tasks are held now. */
let reteniendo = false;
/** The background tasks held, each as the call that posts it for real. */
const retenidas: (() => void)[] = [];
/** Stories that asked for the hold (a docs page renders several at once), and how to undo it. */
let usuarios = 0;
let desinstalar: (() => void) | undefined;

function instalar(): () => void {
  const nativo = global.scheduler;
  // Without the API (Safari) the index yields with a timer: a stand-in scheduler makes it post here too.
  const postTask: Planificador['postTask'] = nativo
    ? nativo.postTask.bind(nativo)
    : (tarea) => new Promise((resolve) => setTimeout(resolve)).then(tarea);
  const retenido: Planificador['postTask'] = (tarea, opciones) =>
    reteniendo && opciones?.priority === 'background'
      ? new Promise((resolve, reject) => retenidas.push(() => void postTask(tarea, opciones).then(resolve, reject)))
      : postTask(tarea, opciones);
  if (nativo) {
    // An own property over Scheduler.prototype's method; deleting it restores that.
    nativo.postTask = retenido;
    return () => delete (nativo as Partial<Planificador>).postTask;
  }
  global.scheduler = { postTask: retenido };
  return () => delete global.scheduler;
}

/** How many background tasks are held now: at least the index's next slice while a story holds it. */
export function tareasRetenidas(): number {
  return retenidas.length;
}

/**
 * Holds the search index's background slices (or lets them go) on the whole page:
 * with `false`, the slices held so far are posted for real, and the index completes.
 */
export function retenerIndice(retener: boolean): void {
  reteniendo = retener && usuarios > 0;
  if (!reteniendo) for (const soltar of retenidas.splice(0)) soltar();
}

/**
 * `beforeEach` of a «Buscando…» story: from now on the index's slices are held.
 * Returns the cleanup, which lets them go and restores the page's scheduler once no
 * story on the page holds them (the widgets' datasets then finish their index).
 */
export function indiceRetenido(): () => void {
  if (usuarios++ === 0) desinstalar = instalar();
  retenerIndice(true);
  return () => {
    if (--usuarios > 0) return;
    retenerIndice(false);
    desinstalar?.();
    desinstalar = undefined;
  };
}
