import { css } from 'lit';

/* Sizes in em (the host's inherited font size, never the page's root); colours from the shared tokens. */
export const practicasListaStyles = css`
  /* Set, not inherited: a page's * { box-sizing: content-box } matches the host, and this
     rule also reaches each <practica-card> host, so a card's padding stays inside its cell. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .rejilla {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--practicas-lista-ancho-minimo, 18em)), 1fr));
    gap: var(--_espacio);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rejilla > li {
    min-width: 0;
    margin: 0;
    padding: 0;
  }
  /* Cards of one row share its height. */
  .rejilla practica-card {
    height: 100%;
  }
  .pie {
    margin-top: var(--_espacio);
    display: flex;
    justify-content: center;
  }
  .vacio {
    text-align: center;
    padding: calc(var(--_espacio) * 1.5) var(--_espacio);
  }
  .vacio p {
    margin: 0;
  }
  .vacio p + p {
    margin-top: 0.25em;
    color: var(--_texto-2);
  }
  .aviso {
    margin-bottom: var(--_espacio);
  }
`;
