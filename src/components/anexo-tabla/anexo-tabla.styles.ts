import { css } from 'lit';

/*
 * Sizes in em (the host's inherited font size, never the page's root), small print
 * at least 12 px, colours from the shared tokens (light-dark() in the base styles).
 *
 * Below 37.5em of the element's own width (600 px at 16 px text; a container
 * query, since a table may sit in a sidebar) each practice becomes a stacked
 * block with a label before every field. The markup stays a <table> with explicit
 * ARIA roles, so that display: block on its parts cannot drop their table
 * semantics; the labels are CSS generated content with empty alternative
 * text, so that a screen reader hears the column header once, not twice.
 */
export const anexoTablaStyles = css`
  :host {
    container-type: inline-size;
  }
  .barra {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: calc(var(--_espacio) * 0.75);
  }
  .conteo {
    margin: 0;
    margin-inline-end: auto;
    font-weight: 600;
  }
  /* The Excel download's status: a line of its own under the buttons, out of the layout while empty. */
  .descarga-estado {
    flex-basis: 100%;
    margin: 0;
  }
  .descarga-estado:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
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
    min-width: 40em;
    border-collapse: collapse;
    font-size: max(12px, 0.9375em);
    color: var(--_texto);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.75em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.75em;
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
    gap: 0.375em;
    width: 100%;
    padding: 0.5em 0.75em;
    cursor: pointer;
    font-weight: 700;
  }
  .ordenar:focus-visible {
    outline: 3px solid var(--_foco);
    outline-offset: -3px;
  }
  .flecha {
    color: var(--_texto-2);
    font-size: max(12px, 0.8em);
  }
  .seccion th {
    background: var(--_superficie);
    font-size: 1em;
    border-top: 2px solid var(--_texto-2);
  }
  th.tema {
    font-weight: 600;
    background: var(--_fondo);
    width: 12em;
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

  /* Narrow: one stacked block per practice, every field labelled. */
  @container (max-width: 37.5em) {
    .desplazable {
      overflow: visible;
      border: 0;
      border-radius: 0;
    }
    table,
    caption,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    table {
      min-width: 0;
    }
    caption {
      padding: 0 0 0.5em;
    }
    th,
    td {
      border-top: 0;
      overflow-wrap: anywhere;
    }
    /* The column headers become a wrapping row of sort buttons. */
    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375em;
      font-size: var(--_pequeno, max(12px, 0.875em));
      padding-bottom: 0.25em;
    }
    /*
     * The labels are generated content only on a table marked .apilada (set once laid out
     * stacked): a ::before rule that every cell could match makes Chromium compute a
     * pseudo-element style for each cell on every update, stacked or not (+2-3 ms of style
     * per search at 1,000 practices).
     */
    .apilada thead tr::before {
      content: attr(data-etiqueta) / '';
      font-weight: 600;
    }
    thead th {
      background: none;
      white-space: normal;
    }
    .ordenar {
      width: auto;
      min-height: 2em;
      padding: 0.25em 0.6em;
      border: 1px solid var(--_borde);
      border-radius: var(--_radio);
      background: var(--_superficie);
      font-weight: 600;
    }
    .seccion th {
      margin-top: 0.75em;
      padding: 0.5em 0.75em;
      border-top: 0;
      border-bottom: 2px solid var(--_texto-2);
    }
    tbody.grupo {
      margin-top: 0.75em;
      border: 1px solid var(--_borde);
      border-radius: var(--_radio);
      overflow: hidden;
    }
    tr[part~='row'] {
      display: flex;
      flex-direction: column;
      padding: 0.25em 0;
    }
    tr[part~='row'] + tr[part~='row'] {
      border-top: 1px solid var(--_borde);
    }
    td {
      padding: 0.25em 0.75em;
    }
    /* The topic, printed once per group as the publication does, heads the group's block. */
    th.tema {
      order: -1;
      width: auto;
      margin: -0.25em 0 0.25em;
      padding: 0.5em 0.75em;
      background: var(--_superficie);
      border-bottom: 1px solid var(--_borde);
    }
    .apilada td::before,
    .apilada th.tema::before {
      content: attr(data-label) / '';
      display: block;
      font-size: var(--_pequeno, max(12px, 0.875em));
      font-weight: 600;
      color: var(--_texto-2);
    }
    .abrir {
      font-weight: 600;
    }
  }
`;
