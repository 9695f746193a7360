import { css } from 'lit';

export const practicasMapaStyles = css`
  :host {
    container-type: inline-size;
    --_cero: var(--practicas-mapa-color-cero, #e3e5e8);
    --_cero-raya: #8a9099;
    --_paso-1: var(--practicas-mapa-color-1, #ffffcc);
    --_paso-2: var(--practicas-mapa-color-2, #a1dab4);
    --_paso-3: var(--practicas-mapa-color-3, #41b6c4);
    --_paso-4: var(--practicas-mapa-color-4, #2c7fb8);
    --_paso-5: var(--practicas-mapa-color-5, #253494);
    --_linea: var(--practicas-mapa-borde, #ffffff);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([esquema='claro'])) {
      --_cero: var(--practicas-mapa-color-cero, #2c3036);
      --_cero-raya: #6b727c;
      --_linea: var(--practicas-mapa-borde, #16181c);
    }
  }
  :host([esquema='oscuro']) {
    --_cero: var(--practicas-mapa-color-cero, #2c3036);
    --_cero-raya: #6b727c;
    --_linea: var(--practicas-mapa-borde, #16181c);
  }

  .mapa {
    margin: 0;
    display: grid;
    gap: var(--_espacio);
  }
  @container (min-width: 36rem) {
    .mapa {
      grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr);
      align-items: start;
    }
  }
  .lienzo {
    position: relative;
    /* The geometry's aspect ratio: no layout shift while data loads. */
    aspect-ratio: 600 / 880;
    width: 100%;
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .region {
    stroke: var(--_linea);
    stroke-width: 1;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
    transition: fill-opacity 0.15s;
  }
  .region.neutra {
    fill: var(--_cero);
    cursor: default;
  }
  /* .paso-0 is filled with the hatch pattern, through the fill attribute. */
  .paso-1 {
    fill: var(--_paso-1);
  }
  .paso-2 {
    fill: var(--_paso-2);
  }
  .paso-3 {
    fill: var(--_paso-3);
  }
  .paso-4 {
    fill: var(--_paso-4);
  }
  .paso-5 {
    fill: var(--_paso-5);
  }
  .region:hover {
    fill-opacity: 0.8;
  }
  .cero-fondo {
    fill: var(--_cero);
  }
  .cero-raya {
    stroke: var(--_cero-raya);
    stroke-width: 1.5;
  }
  .marcador {
    stroke: var(--_texto);
    stroke-width: 1.5;
  }
  .contorno-seleccion,
  .contorno-foco,
  .contorno-foco-halo {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .contorno-seleccion {
    stroke: var(--_texto);
    stroke-width: 3;
  }
  .contorno-foco-halo {
    stroke: var(--_fondo);
    stroke-width: 6;
  }
  .contorno-foco {
    stroke: var(--_foco);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .globo {
    position: absolute;
    transform: translate(-50%, calc(-100% - 0.75rem));
    display: grid;
    gap: 0.125rem;
    padding: 0.375rem 0.625rem;
    border-radius: var(--_radio);
    background: var(--_fondo);
    color: var(--_texto);
    border: 1px solid var(--_borde);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875rem;
    line-height: 1.35;
    pointer-events: none;
    white-space: nowrap;
    z-index: 1;
  }
  .lateral {
    display: grid;
    gap: calc(var(--_espacio) * 0.75);
    font-size: 0.9375rem;
  }
  .leyenda ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 1rem;
  }
  @container (min-width: 36rem) {
    .leyenda ul {
      flex-direction: column;
    }
  }
  .leyenda li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .leyenda-regiones {
    color: var(--_texto-2);
  }
  .leyenda-titulo {
    margin: 0 0 0.375rem;
    font-weight: 700;
  }
  .muestra {
    display: inline-block;
    width: 1.5rem;
    height: 1rem;
    border: 1px solid var(--_borde);
    border-radius: 2px;
    background: var(--_cero);
  }
  .muestra.paso-0 {
    background: repeating-linear-gradient(45deg, var(--_cero) 0 3px, var(--_cero-raya) 3px 4.5px);
  }
  .muestra.paso-1 {
    background: var(--_paso-1);
  }
  .muestra.paso-2 {
    background: var(--_paso-2);
  }
  .muestra.paso-3 {
    background: var(--_paso-3);
  }
  .muestra.paso-4 {
    background: var(--_paso-4);
  }
  .muestra.paso-5 {
    background: var(--_paso-5);
  }
  .fuente {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_texto-2);
  }
`;
