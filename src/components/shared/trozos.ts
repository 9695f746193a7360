import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cerrarTurno } from './turnos.js';

export interface OpcionesTrozos {
  /** Rows (or cards) per slice. */
  porTrozo: number;
  /** A view of up to this many goes into the DOM at once. */
  deUnaVez: number;
  /**
   * The first slice of the element's first view, when that is more than `porTrozo` (default:
   * `porTrozo`): the page's first paint shows that many, so that what follows below it does not
   * move when the next slice comes. A reader's later views (a keystroke) start from `porTrozo`:
   * a shift in the half second after their input is not theirs to bear (CLS leaves it out).
   */
  primera?: number;
  /** A view of up to this many follows its first slice at once, a slice per task, without waiting for the reader. */
  sinEspera: number;
  /** The last row in the DOM, watched for the reader's approach. */
  centinela: () => Element | null;
}

/** The calm after which the rest of a view follows even if the reader has not come near it. */
const ESPERA_MS = 1000;

/**
 * Puts a long view's rows (or cards) in the DOM a slice at a time: laying out a
 * table row or a card costs a fraction of a millisecond to a few on a modest
 * machine, so the first frame gets a screenful, and the rest follow one slice per
 * task instead of in one long task that would freeze the page (a new view of 100
 * rows at 10,000 practices, on every search or sort).
 *
 * The rest of a new view waits until the reader comes near its end (its last row
 * within half a screen of the viewport), or for a second of calm: a reader typing
 * a search gets each result's first screenful at once, and the page does not lay
 * out rows below the fold for every keystroke. «Mostrar más» (`seguir()`) goes on at once.
 *
 * A render that puts new rows in the DOM (a new view, or a slice) ends its task's turn (see
 * `turnos.ts`): their layout is the next frame's work, and the other widgets that a keystroke
 * changed render after it, each laid out in a frame of its own. (Together, the linked widgets'
 * new cards and rows made frames of 27-46 ms of style and layout at 10,000 practices, tasks
 * of over 50 ms on a busy machine.)
 */
export class TrozosController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly porTrozo: number;
  private readonly primera: number;
  /** Whether no view has been rendered yet: the next one starts with `primera`. */
  private antesDeLaPrimera = true;
  private readonly deUnaVez: number;
  private readonly sinEspera: number;
  private pintadas: number;
  private objetivo = 0;
  private pendiente: ReturnType<typeof setTimeout> | undefined;
  /** Whether the next render puts new rows in the DOM (a new view, or another slice). */
  private nuevas = false;
  /** Whether the current view's remaining slices follow one per task (else they wait: see above). */
  private siguiendo = false;
  private readonly centinela: () => Element | null;
  private cerca: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost, opciones: OpcionesTrozos) {
    this.host = host;
    this.porTrozo = this.pintadas = opciones.porTrozo;
    this.primera = Math.max(opciones.porTrozo, opciones.primera ?? 0);
    this.deUnaVez = opciones.deUnaVez;
    this.sinEspera = opciones.sinEspera;
    this.centinela = opciones.centinela;
    host.addController(this);
  }

  /** A new view: its first slice only, the rest when the reader comes near or after a calm second. */
  reiniciar(): void {
    this.nuevas = true;
    this.pintadas = this.antesDeLaPrimera ? this.primera : this.porTrozo;
    this.siguiendo = false;
    this.detener();
  }

  /** The reader asked for more rows («Mostrar más»): they follow at once, a slice per task. */
  seguir(): void {
    this.siguiendo = true;
  }

  /** How many of the view's `objetivo` rows to render now. */
  limite(objetivo: number): number {
    this.objetivo = objetivo;
    if (objetivo <= this.deUnaVez) this.pintadas = Math.max(this.pintadas, objetivo);
    if (objetivo <= this.sinEspera) this.siguiendo = true;
    // The first view's rows are new even when no filter changed before them (data that arrived).
    if (this.antesDeLaPrimera) this.nuevas = true;
    this.antesDeLaPrimera = false;
    return Math.min(objetivo, this.pintadas);
  }

  /** Whether every row of the view is in the DOM. */
  get completo(): boolean {
    return this.pintadas >= this.objetivo;
  }

  hostUpdated(): void {
    if (this.nuevas) {
      this.nuevas = false;
      cerrarTurno();
    }
    if (this.completo) return this.detener();
    if (this.pendiente !== undefined) return;
    if (this.siguiendo) {
      this.pendiente = setTimeout(() => this.otroTrozo());
      return;
    }
    // A new view's first slice is in: wait for the reader, or for calm.
    this.pendiente = setTimeout(() => this.empezar(), ESPERA_MS);
    const centinela = this.centinela();
    if (centinela && typeof IntersectionObserver === 'function') {
      this.cerca ??= new IntersectionObserver((entradas) => entradas.some((e) => e.isIntersecting) && this.empezar(), {
        rootMargin: '0px 0px 50% 0px',
      });
      this.cerca.observe(centinela);
    }
  }

  hostDisconnected(): void {
    this.detener();
  }

  private empezar(): void {
    this.detener();
    this.siguiendo = true;
    this.otroTrozo();
  }

  private otroTrozo(): void {
    this.pendiente = undefined;
    this.nuevas = true;
    this.pintadas += this.porTrozo;
    this.host.requestUpdate();
  }

  private detener(): void {
    clearTimeout(this.pendiente);
    this.pendiente = undefined;
    this.cerca?.disconnect();
  }

  /**
   * Resolves when the slices under way are rendered (the host's `updateComplete` waits
   * for them): after «Mostrar más», or once the reader has come near. A new view's
   * first slice does not wait for the reader: that would hold `updateComplete` for a second.
   */
  async terminar(actualizado: () => Promise<boolean>, conectado: () => boolean): Promise<boolean> {
    let completo = await actualizado();
    while (this.siguiendo && !this.completo && conectado()) {
      await new Promise((resolve) => setTimeout(resolve));
      completo = (await actualizado()) && completo;
    }
    return completo;
  }
}
