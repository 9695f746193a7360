import { css } from 'lit';

export const practicasFiltrosStyles = css`
  form {
    display: grid;
    gap: calc(var(--_espacio) * 0.75);
    padding: var(--_espacio);
    background: var(--_superficie);
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
  }
  .principal {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .campo {
    display: grid;
    gap: 0.25em;
    min-width: 0;
    font-weight: 600;
    font-size: max(12px, 0.9375em);
  }
  .buscar {
    flex: 1 1 16em;
  }
  input,
  select {
    font: inherit;
    font-weight: normal;
    color: var(--_texto);
    background: var(--_fondo);
    border: 1px solid var(--_texto-2);
    border-radius: calc(var(--_radio) / 2);
    padding: 0.4em 0.5em;
    min-height: 2.5em;
    width: 100%;
    min-width: 0;
  }
  .panel {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.75em;
  }
  .alternar {
    display: none;
  }
  @container (max-width: 40em) {
    .alternar {
      display: inline-flex;
      align-items: center;
      min-height: 2.5em;
    }
    .panel[data-cerrado] {
      display: none;
    }
  }
  :host {
    container-type: inline-size;
  }
  .resumen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .conteo {
    margin: 0;
    margin-inline-end: 0.5em;
    font-weight: 700;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
    cursor: pointer;
    padding: 0.2em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_borde);
    background: var(--_fondo);
    color: var(--_texto);
    font-size: var(--_pequeno);
    min-height: 2em;
  }
`;
