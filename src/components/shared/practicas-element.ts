import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { IdiomaController } from '../../controllers/idioma-controller.js';

/**
 * What every element of the library has: a colour scheme, and an interface
 * language (with its messages) that follows the page. The dataset and the
 * shared filters come from the mixins `ConDatos` and `ConFiltros`.
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
}
