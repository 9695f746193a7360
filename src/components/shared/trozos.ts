import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Puts a long view's rows (or cards) in the DOM a slice at a time: laying out a
 * table row or a card costs a fraction of a millisecond to a few on a modest
 * machine, so the first frame gets a screenful and the rest follow, one slice per
 * task, instead of one long task that would freeze the page (a new view of 100
 * rows at 10,000 practices, on every search or sort).
 */
export class TrozosController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly porTrozo: number;
  private readonly deUnaVez: number;
  private pintadas: number;
  private objetivo = 0;
  private pendiente: ReturnType<typeof setTimeout> | undefined;

  /** Slices of `porTrozo` rows; a view of up to `deUnaVez` rows (the whole 2018 catalogue) goes in at once. */
  constructor(host: ReactiveControllerHost, porTrozo: number, deUnaVez: number) {
    this.host = host;
    this.porTrozo = this.pintadas = porTrozo;
    this.deUnaVez = deUnaVez;
    host.addController(this);
  }

  /** A new view: its first slice only. */
  reiniciar(): void {
    this.pintadas = this.porTrozo;
  }

  /** How many of the view's `objetivo` rows to render now. */
  limite(objetivo: number): number {
    this.objetivo = objetivo;
    if (objetivo <= this.deUnaVez) this.pintadas = Math.max(this.pintadas, objetivo);
    return Math.min(objetivo, this.pintadas);
  }

  /** Whether every row of the view is in the DOM. */
  get completo(): boolean {
    return this.pintadas >= this.objetivo;
  }

  hostUpdated(): void {
    if (this.completo || this.pendiente !== undefined) return;
    this.pendiente = setTimeout(() => {
      this.pendiente = undefined;
      this.pintadas += this.porTrozo;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.pendiente);
    this.pendiente = undefined;
  }

  /** Resolves when the slices still to come are rendered (`updateComplete` of the host waits for them). */
  async terminar(actualizado: () => Promise<boolean>, conectado: () => boolean): Promise<boolean> {
    let completo = await actualizado();
    while (!this.completo && conectado()) {
      await new Promise((resolve) => setTimeout(resolve));
      completo = (await actualizado()) && completo;
    }
    return completo;
  }
}
