import { css } from 'lit';
import { ALTO, ANCHO, MARCADOR_CALLAO } from './geometria.js';

// Numbers only (Lit's css tag accepts them), so the file's CSS can be minified at build time.
const proporcion = ANCHO / ALTO;
// Callao's label sits left of its marker, in the sea; placed in % of the map, so it follows any size.
const etiquetaDerecha = Number((100 - ((MARCADOR_CALLAO.cx - MARCADOR_CALLAO.r - 4) / ANCHO) * 100).toFixed(2));
const etiquetaArriba = Number(((MARCADOR_CALLAO.cy / ALTO) * 100).toFixed(2));

/*
 * Colours. Every default is a light-dark() pair or derived from one, resolved by the
 * color-scheme the host inherits (or `esquema` forces); no media queries.
 *
 * The scale is one hue, ordered by lightness: step 5 (`--practicas-mapa-color-5`) is the
 * base, and steps 1-4 are mixed from it toward the map's own background. "More practices"
 * is always "further from the background": darker on a light page, lighter on a dark one.
 * The base is clamped in lightness (at most 50 % on light, at least 80 % on dark), so a
 * theme that sets only `--practicas-mapa-color-5` (say, a maroon) still gets an ordered,
 * legible scale in both schemes. A page that sets every step takes charge of their order.
 */
export const practicasMapaStyles = css`
  :host {
    container-type: inline-size;
    --_mapa-base: var(--practicas-mapa-color-5, #08519c);
    --_tinta: light-dark(oklch(from var(--_mapa-base) min(l, 0.5) c h), oklch(from var(--_mapa-base) max(l, 0.8) c h));
    --_paso-1: var(--practicas-mapa-color-1, color-mix(in oklab, var(--_tinta) 24%, var(--_fondo)));
    --_paso-2: var(--practicas-mapa-color-2, color-mix(in oklab, var(--_tinta) 43%, var(--_fondo)));
    --_paso-3: var(--practicas-mapa-color-3, color-mix(in oklab, var(--_tinta) 62%, var(--_fondo)));
    --_paso-4: var(--practicas-mapa-color-4, color-mix(in oklab, var(--_tinta) 81%, var(--_fondo)));
    --_paso-5: var(--_tinta);
    /*
     * Zero: a neutral grey just off the background, clearly apart from step 1. Mixed from the
     * shared text and background colours, as step 1 is, so it has no palette of its own to keep
     * in step with base.styles.ts, and it follows a theme's background in either scheme.
     */
    --_cero: var(--practicas-mapa-color-cero, color-mix(in oklab, var(--_texto) 8%, var(--_fondo)));
    /*
     * Region borders (the coastline too) and the legend swatches' edges: a mid grey with
     * 3:1 against the background, so the zero fill and the palest step never melt into it.
     */
    --_linea: var(--practicas-mapa-borde, color-mix(in oklab, var(--_texto) 45%, var(--_fondo)));
    --_alto-maximo: var(--practicas-mapa-alto-maximo, min(40em, 85svh));
  }

  /* Browsers with light-dark() but no relative colours (Safari 17.5): lighten by mixing instead of clamping. */
  @supports not (color: oklch(from red l c h)) {
    :host {
      --_tinta: light-dark(var(--_mapa-base), color-mix(in oklab, var(--_mapa-base), white 55%));
    }
  }

  .mapa {
    /* Keeps the hidden help text's box inside the host. */
    position: relative;
    margin: 0;
    display: grid;
    gap: var(--_espacio);
    min-width: 0;
  }
  /*
   * The hidden help text: a clipped 1 px box at the figure's corner, inside the host (no
   * negative margin), so that no box of it reaches past the element or widens the page.
   * Screen readers read it as usual.
   */
  .mapa .visualmente-oculto {
    top: 0;
    left: 0;
    margin: 0;
  }
  /*
   * Until the second step (see the element's pedirSegundoPaso), the text that moves nothing when
   * it arrives is not laid out: Callao's label over the map, the hidden help, and the legend
   * beside the map (below it, on a narrow element, it comes at once: it would push the page).
   */
  .etiqueta-callao[data-pendiente],
  .visualmente-oculto[data-pendiente] {
    display: none;
  }
  @container (min-width: 36em) {
    .lateral[data-pendiente] {
      display: none;
    }
  }
  .lienzo {
    position: relative;
    /*
     * The container's width, up to the height limit; the geometry's aspect ratio
     * reserves the space before the data arrives (no layout shift).
     */
    width: min(100%, calc(var(--_alto-maximo) * ${proporcion}));
    aspect-ratio: ${proporcion};
    justify-self: center;
  }
  @container (min-width: 36em) {
    .mapa {
      grid-template-columns: minmax(0, calc(var(--_alto-maximo) * ${proporcion})) minmax(12em, 1fr);
      align-items: start;
    }
    .lienzo {
      width: 100%;
    }
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }
  .region {
    stroke: var(--_linea);
    stroke-width: 0.75;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
    transition: fill-opacity 0.15s;
  }
  .region.neutra {
    fill: var(--_cero);
    cursor: default;
  }
  .paso-0 {
    fill: var(--_cero);
  }
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
  .marcador-zona {
    fill: transparent;
    cursor: pointer;
  }
  .marcador {
    stroke: var(--_linea);
    stroke-width: 1.5;
  }
  .guia {
    stroke: var(--_texto-2);
    stroke-width: 1.25;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .contorno-seleccion,
  .contorno-seleccion-halo,
  .contorno-foco,
  .contorno-foco-halo {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  /* The chosen region, however chosen: a thick solid outline on a halo of the background. */
  .contorno-seleccion-halo {
    stroke: var(--_fondo);
    stroke-width: 7;
  }
  .contorno-seleccion {
    stroke: var(--_texto);
    stroke-width: 3.5;
  }
  /* Keyboard focus (only when :focus-visible): dashed, so it reads apart from the choice. */
  .contorno-foco-halo {
    stroke: var(--_fondo);
    stroke-width: 6;
  }
  .contorno-foco {
    stroke: var(--_foco);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .etiqueta-callao {
    position: absolute;
    right: ${etiquetaDerecha}%;
    top: ${etiquetaArriba}%;
    transform: translateY(-50%);
    font-size: max(12px, 0.8125em);
    line-height: 1.2;
    font-weight: 700;
    color: var(--_texto);
    pointer-events: none;
    white-space: nowrap;
  }
  .globo {
    position: absolute;
    left: 0;
    top: 0;
    display: grid;
    gap: 0.125em;
    width: max-content;
    max-width: 100%;
    padding: 0.375em 0.625em;
    border-radius: var(--_radio);
    background: var(--_fondo);
    color: var(--_texto);
    border: 1px solid var(--_borde);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: max(12px, 0.875em);
    line-height: 1.35;
    pointer-events: none;
    z-index: 1;
  }
  .lateral {
    display: grid;
    gap: calc(var(--_espacio) * 0.75);
    font-size: max(12px, 0.9375em);
    min-width: 0;
  }
  .leyenda ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 1em;
  }
  .leyenda li {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .leyenda li[hidden] {
    display: none;
  }
  /*
   * Beside the map, one class per line: plain blocks, the swatch inline with a hanging indent.
   * A recolour lays the legend out again; a column of flex rows (each laid out to measure, then
   * to place) took 0.1-0.2 ms more of it here.
   */
  @container (min-width: 36em) {
    .leyenda ul {
      display: block;
    }
    .leyenda li {
      display: block;
      padding-inline-start: 2em;
      text-indent: -2em;
    }
    .leyenda li + li {
      margin-top: 0.375em;
    }
    .leyenda .muestra {
      vertical-align: middle;
      margin-inline-end: 0.5em;
      text-indent: 0;
    }
    /* Rows past the current scale: kept in the layout with no height, so a filter change relabels rows. */
    .leyenda li[hidden] {
      display: block;
      visibility: hidden;
      height: 0;
      margin: 0;
      overflow: hidden;
    }
  }
  .leyenda-regiones {
    color: var(--_texto-2);
  }
  .leyenda-titulo {
    margin: 0 0 0.375em;
    font-weight: 700;
  }
  .muestra {
    flex: none;
    display: inline-block;
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--_linea);
    border-radius: 2px;
    background: var(--_cero);
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
    font-size: max(12px, 0.875em);
    color: var(--_texto-2);
  }
  .ver-tabla {
    justify-self: start;
  }
  /* Its state shown as well as told (aria-expanded): a chevron, down while the table is hidden. */
  .ver-tabla::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline-start: 0.6em;
    border-right: 2px solid;
    border-bottom: 2px solid;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .ver-tabla[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(225deg);
  }
  /*
   * The table of counts, under the map and its legend, across the whole figure, while the
   * reader has it shown: counts right-aligned in figures of one width, the region names left.
   * Its longest words («Huancavelica», «prácticas») fit a 320 px phone; narrower than that,
   * they may break anywhere rather than widen the page.
   */
  .tabla {
    grid-column: 1 / -1;
    width: 100%;
    max-width: 36em;
    border-collapse: collapse;
    font-size: max(12px, 0.8125em);
    font-variant-numeric: tabular-nums;
  }
  @container (width < 18em) {
    .tabla th,
    .tabla td {
      overflow-wrap: anywhere;
    }
  }
  .tabla caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.375em;
  }
  .tabla th,
  .tabla td {
    padding: 0.25em 0.375em;
    border-bottom: 1px solid var(--_borde);
    text-align: end;
    vertical-align: bottom;
  }
  /* The region's name: the row headers, and the header of their column. */
  .tabla th:first-child {
    text-align: start;
    font-weight: 400;
  }
  .tabla thead th {
    font-weight: 700;
    border-bottom-color: var(--_linea);
  }
`;
