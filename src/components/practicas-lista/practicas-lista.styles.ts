import { css } from 'lit';

export const practicasListaStyles = css`
  .rejilla {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--practicas-lista-ancho-minimo, 18rem)), 1fr));
    gap: var(--_espacio);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rejilla > li {
    min-width: 0;
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
    margin-top: 0.25rem;
    color: var(--_texto-2);
  }
  .aviso {
    margin-bottom: var(--_espacio);
  }
`;
