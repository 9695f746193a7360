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
    gap: 0.5rem;
    align-items: end;
  }
  .campo {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .buscar {
    flex: 1 1 16rem;
  }
  input,
  select {
    font: inherit;
    font-weight: normal;
    color: var(--_texto);
    background: var(--_fondo);
    border: 1px solid var(--_texto-2);
    border-radius: calc(var(--_radio) / 2);
    padding: 0.4rem 0.5rem;
    min-height: 2.5rem;
    width: 100%;
    min-width: 0;
  }
  .panel {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem;
  }
  .alternar {
    display: none;
  }
  @container (max-width: 40rem) {
    .alternar {
      display: inline-flex;
      align-items: center;
      min-height: 2.5rem;
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
    gap: 0.5rem;
  }
  .conteo {
    margin: 0;
    margin-inline-end: 0.5rem;
    font-weight: 700;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    cursor: pointer;
    padding: 0.2rem 0.6rem;
    border-radius: 999px;
    border: 1px solid var(--_borde);
    background: var(--_fondo);
    color: var(--_texto);
    font-size: 0.875rem;
    min-height: 2rem;
  }
`;
