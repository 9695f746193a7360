import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { IdiomaController } from '../../controllers/idioma-controller.js';
import { anticipar } from './anticipar.js';
import { enSuTurno } from './turnos.js';

/**
 * What every element of the library has: a colour scheme, and an interface
 * language (with its messages) that follows the page. The dataset and the
 * shared filters come from the mixins `ConDatos` and `ConFiltros`.
 *
 * Its renders take turns with the other elements' (see `turnos.ts`): while its first render
 * waits for a task of its own, it has the custom state `pendiente`, by which the page's
 * reserve style holds its place.
 */
export class PracticasElement extends LitElement {
  /**
   * Colour scheme. Absent (the default): the page's, through the inherited CSS `color-scheme`, so the
   * widget is light unless the page declares dark support (`color-scheme: light dark`); then it follows
   * the reader's system. `claro` or `oscuro` force one; `auto` follows the reader's system on any page.
   */
  @property({ reflect: true }) esquema: 'auto' | 'claro' | 'oscuro' | null = null;

  /** The interface language (`idioma.lang`) and its messages (`idioma.m`), current at every render. */
  protected readonly idioma = new IdiomaController(this);

  /** The element's custom states (`:state(pendiente)`), where the browser has them. */
  protected readonly internos: ElementInternals | undefined = this.attachInternals?.();

  // Once per class, when it is defined (customElements.define reads its observed attributes, which
  // finalizes it): see anticipar.ts.
  protected static override finalize(): void {
    const nueva = !Object.hasOwn(this, 'finalized');
    super.finalize();
    // Not the base class itself, finalized as every element's superclass: it has nothing to prepare.
    if (nueva && this !== PracticasElement) anticipar(this, () => this.prepararPlantillas());
  }

  /**
   * Prepares the class's templates ahead of its first element (see anticipar.ts): an element
   * that overrides it renders its templates once, into a fragment it then drops. Called once,
   * when the browser is idle after the class is defined.
   */
  protected static prepararPlantillas(): void {}

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Never waits: inside another element of the library (a list's cards), where it is part
    // of that element's render and out of reach of the page's reserve style; nor when its
    // content is there already before its first render (server-rendered, being hydrated).
    // Later updates take turns too (a keystroke updates the filter bar, the map, a list and the
    // table at once), without the state: the reserve style is for what has never been drawn.
    const primera = !this.hasUpdated;
    if ((this.getRootNode() as ShadowRoot).host instanceof PracticasElement || (primera && this.renderRoot.childElementCount))
      return super.scheduleUpdate();
    return enSuTurno(
      () => super.scheduleUpdate(),
      (espera) => {
        // Browsers without custom states, and Chromium before 125 (which takes only `--` names),
        // go without: the reserve style then ends at definition.
        try {
          if (primera) this.internos?.states?.[espera ? 'add' : 'delete']('pendiente');
        } catch {
          // No custom state: nothing to draw by.
        }
      },
    );
  }
}
