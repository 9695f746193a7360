import { css } from 'lit';

export const practicaCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .tarjeta {
    background: var(--_fondo);
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    padding: var(--_espacio);
    display: grid;
    gap: calc(var(--_espacio) * 0.75);
    align-content: start;
    height: 100%;
    overflow-wrap: anywhere;
  }
  header {
    display: grid;
    gap: 0.5em;
  }
  .insignias {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .insignia {
    display: inline-block;
    padding: 0.125em 0.6em;
    border-radius: 999px;
    font-size: var(--_pequeno);
    font-weight: 600;
    background: var(--_superficie);
    color: var(--_texto);
    border: 1px solid var(--_borde);
  }
  .insignia.buena-practica {
    background: var(--_bp-fondo);
    color: var(--_bp-texto);
    border-color: transparent;
  }
  .insignia.en-proceso {
    background: var(--_ep-fondo);
    color: var(--_ep-texto);
    border-color: transparent;
  }
  .titulo {
    margin: 0;
    font-family: var(--_fuente-titulo);
    font-size: 1.2em;
    line-height: 1.3;
    font-weight: 700;
  }
  :host([variante='compacta']) .titulo {
    font-size: 1.05em;
  }
  .titulo-accion {
    all: unset;
    cursor: pointer;
    color: var(--_enfasis);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .titulo-accion:hover {
    text-decoration-thickness: 2px;
  }
  .titulo-accion:focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: 2px;
  }
  .regiones {
    margin: 0;
    color: var(--_texto-2);
    font-size: 0.9375em;
  }
  .cuerpo {
    display: grid;
    gap: calc(var(--_espacio) * 0.75);
  }
  .cuerpo > * {
    margin: 0;
  }
  .datos {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  @container (max-width: 30em) {
    .datos {
      grid-template-columns: 1fr;
    }
    .datos dd {
      margin-bottom: 0.5em;
    }
  }
  .datos dt {
    font-weight: 600;
    color: var(--_texto-2);
  }
  .datos dd {
    margin: 0;
  }
  .subtitulo {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }
  p {
    margin: 0 0 0.5em;
  }
  ul,
  ol {
    margin: 0 0 0.5em;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }
  /* «[sic]» after an erratum: an editor's mark, quieter than the text it follows. */
  .sic {
    font-size: var(--_pequeno);
    font-style: italic;
    color: var(--_texto-2);
    text-decoration: none;
    cursor: help;
  }
  .nota-al-pie {
    font-size: var(--_pequeno);
    color: var(--_texto-2);
    border-inline-start: 3px solid var(--_borde);
    padding-inline-start: 0.5em;
  }
  .disclosure {
    all: unset;
    cursor: pointer;
    color: var(--_enfasis);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    font-size: 0.9375em;
  }
  .disclosure:focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: 2px;
  }
  .disclosure::before {
    content: '▸';
    display: inline-block;
    margin-inline-end: 0.35em;
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾';
  }
  .criterio-nombre {
    font-weight: 700;
    margin-inline-end: 0.5em;
  }
  .definicion {
    margin-top: 0.5em;
    padding: 0.5em 0.75em;
    background: var(--_superficie);
    border-radius: var(--_radio);
  }
  .definicion p:last-child {
    margin-bottom: 0;
  }
  footer {
    font-size: var(--_pequeno);
    color: var(--_texto-2);
    border-top: 1px solid var(--_borde);
    padding-top: 0.5em;
  }
  footer p {
    margin: 0;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    cursor: pointer;
    color: var(--_enfasis);
  }
  .notas {
    margin-top: 0.5em;
  }
  [hidden] {
    display: none !important;
  }
`;
