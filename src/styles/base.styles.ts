import { css } from 'lit';

/**
 * Shared by every element: the public `--practicas-*` custom properties,
 * resolved into private `--_*` ones, and a reset that keeps host-page CSS from
 * leaking in.
 *
 * Colour scheme. Every colour is a `light-dark(light, dark)` pair, resolved by
 * the `color-scheme` the host inherits from the page: a portal that declares
 * nothing (most of them) gets the light colours whatever the reader's system
 * prefers; a page that declares `color-scheme: light dark` (CSS or the
 * `<meta name="color-scheme">` tag) gets the reader's preference. `esquema`
 * forces one. Both palettes reach WCAG AA, and the host paints its own surface,
 * so text never depends on a page background it cannot see (Bulma, for one,
 * turns dark without declaring `color-scheme`).
 *
 * Size. Lengths are in `em` of the host's inherited font size, never `rem`:
 * a portal with `html { font-size: 62.5% }` (Bootstrap 3) does not shrink the
 * widgets, and they match the body text they sit in. The host never goes below
 * 12 px, and neither does small print (`--_pequeno`).
 */
export const baseStyles = css`
  :host {
    --_texto-d: light-dark(#1f2328, #e8eaed);
    --_texto-2-d: light-dark(#4a5260, #b8bec7);
    --_fondo-d: light-dark(#ffffff, #16181c);
    --_superficie-d: light-dark(#f6f7f9, #22252b);
    --_borde-d: light-dark(#c9d0d8, #4a505a);
    --_acento-d: light-dark(#8a1538, #f29bb4);
    --_acento-texto-d: light-dark(#ffffff, #1a0710);
    --_enfasis-d: light-dark(#0b5394, #8cc4ff);
    --_foco-d: light-dark(#0b5394, #8cc4ff);
    --_bp-fondo: light-dark(#e3f1e6, #163a22);
    --_bp-texto: light-dark(#14532d, #c6f0d2);
    --_ep-fondo: light-dark(#fdf0d5, #3f2a05);
    --_ep-texto: light-dark(#6b3d00, #ffe0a8);
    --_alerta-fondo: light-dark(#fdecea, #3d1512);
    --_alerta-texto: light-dark(#8c1d18, #ffc9c4);

    --_texto: var(--practicas-color-texto, var(--_texto-d));
    --_texto-2: var(--practicas-color-texto-secundario, var(--_texto-2-d));
    --_fondo: var(--practicas-color-fondo, var(--_fondo-d));
    --_superficie: var(--practicas-color-superficie, var(--_superficie-d));
    --_borde: var(--practicas-color-borde, var(--_borde-d));
    --_acento: var(--practicas-color-acento, var(--_acento-d));
    --_acento-texto: var(--practicas-color-acento-texto, var(--_acento-texto-d));
    --_enfasis: var(--practicas-color-enlace, var(--_enfasis-d));
    --_foco: var(--practicas-color-foco, var(--_foco-d));
    --_radio: var(--practicas-radio, 0.5em);
    --_espacio: var(--practicas-espacio, 1em);
    --_fuente: var(--practicas-fuente, inherit);
    --_fuente-titulo: var(--practicas-fuente-titulo, var(--_fuente));
    /* Small print: a step below the text, never under 12 px. */
    --_pequeno: max(12px, 0.875em);

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_texto);
    background: var(--_fondo);
    font-family: var(--_fuente);
    font-size: max(12px, 1em);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
  }

  :host([esquema='claro']) {
    color-scheme: light;
  }
  :host([esquema='oscuro']) {
    color-scheme: dark;
  }
  :host([esquema='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* Set, not inherited: a page's * { box-sizing: content-box } matches the host itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }

  svg {
    max-width: 100%;
  }

  :focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: 2px;
  }

  .visualmente-oculto {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .estado {
    margin: 0;
    padding: calc(var(--_espacio) * 0.75) var(--_espacio);
    border-radius: var(--_radio);
    background: var(--_superficie);
    color: var(--_texto);
  }
  .estado[role='alert'] {
    background: var(--_alerta-fondo);
    color: var(--_alerta-texto);
    border: 1px solid currentColor;
  }
  .estado p {
    margin: 0;
  }
  .estado p + p,
  .estado p + button {
    margin-top: 0.5em;
  }
  .boton {
    cursor: pointer;
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radio);
    color: var(--_enfasis);
    background: var(--_fondo);
    min-height: 2.25em;
    line-height: 1.3;
  }
  .boton:disabled {
    color: var(--_texto-2);
    cursor: not-allowed;
  }
  /* Inside an alert, a button takes the alert's colours. */
  .estado[role='alert'] .boton {
    color: inherit;
    background: transparent;
  }
`;
