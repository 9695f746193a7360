import { css } from 'lit';

/** The dark palette, used by `prefers-color-scheme: dark` and by `esquema="oscuro"`. */
const oscuro = css`
  --_texto-d: #e8eaed;
  --_texto-2-d: #b8bec7;
  --_fondo-d: #16181c;
  --_superficie-d: #22252b;
  --_borde-d: #4a505a;
  --_acento-d: #f29bb4;
  --_acento-texto-d: #1a0710;
  --_enfasis-d: #8cc4ff;
  --_bp-fondo-d: #163a22;
  --_bp-texto-d: #c6f0d2;
  --_ep-fondo-d: #3f2a05;
  --_ep-texto-d: #ffe0a8;
  --_alerta-fondo-d: #3d1512;
  --_alerta-texto-d: #ffc9c4;
  --_foco-d: #8cc4ff;
`;

/**
 * Shared by every element: the public `--practicas-*` custom properties,
 * resolved into private `--_*` ones, with light and dark defaults (WCAG AA
 * contrast in both), and a reset that keeps host-page CSS from leaking in.
 *
 * The scheme follows `prefers-color-scheme` unless the element's `esquema`
 * attribute forces `claro` or `oscuro`.
 */
export const baseStyles = css`
  :host {
    --_texto-d: #1f2328;
    --_texto-2-d: #4a5260;
    --_fondo-d: #ffffff;
    --_superficie-d: #f6f7f9;
    --_borde-d: #c9d0d8;
    --_acento-d: #8a1538;
    --_acento-texto-d: #ffffff;
    --_enfasis-d: #0b5394;
    --_bp-fondo-d: #e3f1e6;
    --_bp-texto-d: #14532d;
    --_ep-fondo-d: #fdf0d5;
    --_ep-texto-d: #6b3d00;
    --_alerta-fondo-d: #fdecea;
    --_alerta-texto-d: #8c1d18;
    --_foco-d: #0b5394;

    --_texto: var(--practicas-color-texto, var(--_texto-d));
    --_texto-2: var(--practicas-color-texto-secundario, var(--_texto-2-d));
    --_fondo: var(--practicas-color-fondo, var(--_fondo-d));
    --_superficie: var(--practicas-color-superficie, var(--_superficie-d));
    --_borde: var(--practicas-color-borde, var(--_borde-d));
    --_acento: var(--practicas-color-acento, var(--_acento-d));
    --_acento-texto: var(--practicas-color-acento-texto, var(--_acento-texto-d));
    --_enfasis: var(--practicas-color-enlace, var(--_enfasis-d));
    --_foco: var(--practicas-color-foco, var(--_foco-d));
    --_radio: var(--practicas-radio, 0.5rem);
    --_espacio: var(--practicas-espacio, 1rem);
    --_fuente: var(--practicas-fuente, inherit);
    --_fuente-titulo: var(--practicas-fuente-titulo, var(--_fuente));

    display: block;
    box-sizing: border-box;
    color: var(--_texto);
    font-family: var(--_fuente);
    line-height: 1.5;
    text-align: start;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([esquema='claro'])) {
      ${oscuro}
    }
  }
  :host([esquema='oscuro']) {
    ${oscuro}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  button {
    font: inherit;
    color: inherit;
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
    background: var(--_alerta-fondo-d);
    color: var(--_alerta-texto-d);
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
    min-height: 2.25rem;
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
