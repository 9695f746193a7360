import { css } from 'lit';

export const anexoTablaStyles = css`
  .barra {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: calc(var(--_espacio) * 0.75);
  }
  .conteo {
    margin: 0;
    margin-inline-end: auto;
    font-weight: 600;
  }
  .desplazable {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    background: var(--_fondo);
  }
  table {
    width: 100%;
    min-width: 40rem;
    border-collapse: collapse;
    font-size: 0.9375rem;
    color: var(--_texto);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.75rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-top: 1px solid var(--_borde);
  }
  thead th {
    background: var(--_superficie);
    padding: 0;
    white-space: nowrap;
  }
  .ordenar {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.375rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    font-weight: 700;
  }
  .ordenar:focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: -3px;
  }
  .flecha {
    color: var(--_texto-2);
    font-size: 0.8em;
  }
  .seccion th {
    background: var(--_superficie);
    font-size: 1rem;
    border-top: 2px solid var(--_texto-2);
  }
  th.tema {
    font-weight: 600;
    background: var(--_fondo);
    width: 12rem;
  }
  tbody tr[part~='row'] {
    cursor: pointer;
  }
  tbody tr[part~='row']:hover td {
    background: var(--_superficie);
  }
  .abrir {
    all: unset;
    cursor: pointer;
    color: var(--_enfasis);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .abrir:focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: 2px;
  }
  .pie {
    display: flex;
    justify-content: center;
    margin-top: var(--_espacio);
  }
  .vacio {
    text-align: center;
    padding: calc(var(--_espacio) * 1.5) var(--_espacio);
  }
  dialog {
    width: min(100vw - 2rem, 48rem);
    max-height: 90vh;
    padding: 0;
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    background: var(--_fondo);
    color: var(--_texto);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialogo-barra {
    position: sticky;
    top: 0;
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem;
    background: var(--_fondo);
    border-bottom: 1px solid var(--_borde);
    z-index: 1;
  }
  dialog practica-card {
    --practicas-radio: 0;
  }
  dialog practica-card::part(base) {
    border: 0;
  }
`;
