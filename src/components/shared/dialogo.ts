/**
 * The built-in practice dialog that `<anexo-tabla>` and `<practicas-lista>` share:
 * a modal `<dialog>` holding the practice's full `<practica-card>`. Focus moves to
 * its close button when it opens, Escape or the button closes it, and focus goes
 * back to the control that opened it.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Dataset, Practica } from '../../data/schema.js';
import type { Mensajes } from '../../i18n/mensajes.js';

type Anfitrion = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class DialogoPracticaController implements ReactiveController {
  /** The practice shown, or null while the dialog is closed. */
  abierta: Practica | null = null;
  private invocador: HTMLElement | null = null;
  private readonly host: Anfitrion;

  constructor(host: Anfitrion) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A dialog left open by a removed element would keep the page inert.
    this.dialogo()?.close();
  }

  /**
   * Shows `practica` in the modal dialog. `invocador` is the control that opened it:
   * it gets focus back when the dialog closes (it may live in a nested shadow root).
   */
  async abrir(practica: Practica, invocador: HTMLElement | null): Promise<void> {
    this.invocador = invocador;
    this.abierta = practica;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialogo = this.dialogo();
    if (dialogo && !dialogo.open) {
      dialogo.showModal();
      dialogo.querySelector<HTMLButtonElement>('button.cerrar')?.focus();
    }
  }

  /** Closes the dialog (focus returns to the control that opened it). */
  cerrar(): void {
    this.dialogo()?.close();
  }

  /** The `<dialog>` (part `dialog`), always rendered so that it can open at once. */
  render(datos: Dataset, m: Mensajes): TemplateResult {
    const p = this.abierta;
    return html`<dialog part="dialog" class="dialogo" aria-label=${p?.titulo ?? m.cerrar} @close=${this.alCerrar}>
      ${
        p
          ? html`<div class="dialogo-barra">
                <button type="button" class="boton cerrar" @click=${() => this.cerrar()}>${m.cerrar}</button>
              </div>
              <practica-card .practica=${p} .datos=${datos} practica-id=${p.id} nivel-encabezado="2"></practica-card>`
          : nothing
      }
    </dialog>`;
  }

  private dialogo(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.dialogo');
  }

  private readonly alCerrar = () => {
    // \`close\` arrives a task after close(): the dialog may have been opened again since.
    if (this.dialogo()?.open) return;
    this.abierta = null;
    this.host.requestUpdate();
    // Focus goes back to the control that opened the dialog.
    const invocador = this.invocador;
    this.invocador = null;
    if (invocador?.isConnected) invocador.focus();
  };
}

/** Styles of the shared dialog; add them to the host's `styles`. */
export const dialogoStyles = css`
  .dialogo {
    box-sizing: border-box;
    width: min(100vw - 2em, 48em);
    max-width: calc(100vw - 1em);
    max-height: 90vh;
    padding: 0;
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    background: var(--_fondo);
    color: var(--_texto);
  }
  .dialogo::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialogo-barra {
    position: sticky;
    top: 0;
    display: flex;
    justify-content: flex-end;
    padding: 0.5em;
    background: var(--_fondo);
    border-bottom: 1px solid var(--_borde);
    z-index: 1;
  }
  .dialogo practica-card {
    --practicas-radio: 0;
  }
  .dialogo practica-card::part(base) {
    border: 0;
  }
`;
