import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConDatos } from '../../controllers/dataset-controller.js';
import { nombresDe } from '../../data/nombres.js';
import type { Bloque, Dataset, Herramienta, Practica } from '../../data/schema.js';
import { formatearLista } from '../../i18n/numeros.js';
import { baseStyles } from '../../styles/base.styles.js';
import { PracticasElement } from '../shared/practicas-element.js';
import { renderAviso, renderDesplegable, renderConDatos } from '../shared/estados.js';
import { anunciarSeleccion } from '../shared/seleccion.js';
import { practicaCardStyles } from './practica-card.styles.js';
import { marcadorSic, renderCita, type Marcador } from './cita.js';

export type { PracticaSeleccionDetail } from '../shared/seleccion.js';

/** Descriptions longer than this (in blocks or characters) fold behind a disclosure button. */
const PLIEGUE_BLOQUES = 2;
const PLIEGUE_CARACTERES = 900;

let siguienteId = 0;

/**
 * One practice of the catalogue, complete and readable: title, status and topic,
 * regions, level of government, implementing office, objective, tools, the
 * description with its lists, the most relevant criterion (with its definition on
 * demand) and the citation of the publication.
 *
 * @summary One practice of «Fortaleciendo la Gestión Descentralizada», as a card.
 *
 * @fires {CustomEvent<PracticaSeleccionDetail>} practicas-seleccion - The reader opened the practice from its title (click, Enter or Space); `detail.id` is its id. Cancelable: inside `<practicas-lista>`, `preventDefault()` keeps the list's built-in dialog closed. Bubbles and crosses shadow roots.
 *
 * @csspart base - The card (`<article>`).
 * @csspart header - Badges, title and regions.
 * @csspart badge - Each badge (status, topic).
 * @csspart title - The title.
 * @csspart body - Everything between header and footer.
 * @csspart footer - The citation and the notes on the text.
 * @csspart status - The loading message, or an error message (`role="alert"`).
 * @csspart error - An error message (with `status`).
 * @csspart button - The retry button of an error.
 *
 * @cssprop [--practicas-color-texto=#1f2328] - Text colour (dark scheme: #e8eaed).
 * @cssprop [--practicas-color-texto-secundario=#4a5260] - Secondary text.
 * @cssprop [--practicas-color-fondo=#ffffff] - Card background (dark scheme: #16181c).
 * @cssprop [--practicas-color-superficie=#f6f7f9] - Background of definitions and states.
 * @cssprop [--practicas-color-borde=#c9d0d8] - Borders.
 * @cssprop [--practicas-color-enlace=#0b5394] - Title and disclosure buttons.
 * @cssprop [--practicas-color-foco=#0b5394] - Focus ring.
 * @cssprop [--practicas-fuente=inherit] - Font family; inherits the page's by default.
 * @cssprop [--practicas-fuente-titulo=inherit] - Font family of the title.
 * @cssprop [--practicas-radio=0.5em] - Corner radius.
 * @cssprop [--practicas-espacio=1em] - Base spacing.
 * @cssprop [--practicas-color-acento=light-dark(#8a1538, #f29bb4)] - Accent colour. Read by every element into its palette, reserved for accents: no element paints with it yet.
 * @cssprop [--practicas-color-acento-texto=light-dark(#ffffff, #1a0710)] - Text on the accent colour. Reserved like `--practicas-color-acento`.
 */
export class PracticaCard extends ConDatos(PracticasElement) {
  static override styles = [baseStyles, practicaCardStyles];

  /** Id of the practice to show, from the dataset (e.g. `arequipa-anemia-cero`). */
  @property({ attribute: 'practica-id', reflect: true }) practicaId: string | null = null;

  /** A practice record to show instead of looking one up by id. Replace it, do not mutate it. */
  @property({ attribute: false }) practica: Practica | null = null;

  /** `completa` (default) shows everything; `compacta` shows title, badges, regions and objective. */
  @property({ reflect: true }) variante: 'completa' | 'compacta' = 'completa';

  /** Marks each slip of the publication, kept word for word, with «[sic]» where it occurs (they are listed in the notes on the text). */
  @property({ type: Boolean, reflect: true }) sic = false;

  /** Level (2–6) of the title as a heading, to fit the page's outline. */
  @property({ attribute: 'nivel-encabezado', type: Number }) nivelEncabezado = 3;

  @state() private descripcionAbierta = false;
  @state() private definicionAbierta = false;

  private readonly uid = `practica-card-${++siguienteId}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A different practice starts folded again.
    if (changed.has('practicaId') || changed.has('practica')) {
      this.descripcionAbierta = false;
      this.definicionAbierta = false;
    }
  }

  protected override render() {
    return renderConDatos(this.datasetController, this.idioma.lang, (datos) => this.renderDesde(datos));
  }

  private renderDesde(datos: Dataset) {
    const { m } = this.idioma;
    const id = this.practicaId?.trim();
    const practica = this.practica ?? (id ? datos.practicas.find((p) => p.id === id) : undefined);
    if (!practica) return renderAviso(id ? m.noEncontrada(id) : m.sinPractica);
    return this.renderPractica(practica, datos);
  }

  private renderPractica(p: Practica, datos: Dataset) {
    const { lang, m } = this.idioma;
    const compacta = this.variante === 'compacta';
    // Section headings sit one level below the title.
    const subnivel = Math.min(6, this.nivelEncabezadoValido() + 1);
    const nombres = nombresDe(datos);
    const tema = nombres.temas.get(p.tema);
    const nombresRegion = p.regiones.map(nombres.region);
    const tituloId = `${this.uid}-titulo`;
    const sic = marcadorSic(p, this.sic, lang, m);
    return html`
      <article part="base" class="tarjeta" aria-labelledby=${tituloId} lang="es">
        <header part="header">
          <ul class="insignias" aria-label=${`${m.etiquetaTipo}, ${m.etiquetaTema}`}>
            <li part="badge" class="insignia ${p.tipo}" lang=${lang}>${m.tipo[p.tipo]}</li>
            ${tema ? html`<li part="badge" class="insignia">${tema.nombreCorto}</li>` : nothing}
          </ul>
          <div role="heading" aria-level=${this.nivelEncabezadoValido()} class="titulo" part="title" id=${tituloId}>
            <button type="button" class="titulo-accion" @click=${() => anunciarSeleccion(this, p.id)}>
              ${sic('titulo', p.titulo)}
            </button>
          </div>
          <p class="regiones">
            <span class="visualmente-oculto" lang=${lang}>${m.etiquetaRegion(p.regiones.length)}: </span
            >${formatearLista(nombresRegion, lang)}
          </p>
        </header>
        <div part="body" class="cuerpo">
          ${
            compacta
              ? html`<p>${sic('objetivo', p.objetivo) || m.noIndicado}</p>`
              : html`
                  <dl class="datos">
                    <dt lang=${lang}>${m.etiquetaNivel}</dt>
                    <dd>
                      ${formatearLista(
                        p.niveles.map((n) => (n.entidad ? `${m.nivel[n.nivel]}: ${n.entidad}` : m.nivel[n.nivel])),
                        lang,
                      )}
                    </dd>
                    <dt lang=${lang}>${m.etiquetaArea}</dt>
                    <dd>${sic('area', p.area) || m.noIndicado}</dd>
                  </dl>
                  <section>
                    <div class="subtitulo" role="heading" aria-level=${subnivel} lang=${lang}>${m.etiquetaObjetivo}</div>
                    <p>${sic('objetivo', p.objetivo) || m.noIndicado}</p>
                  </section>
                  <section>
                    <div class="subtitulo" role="heading" aria-level=${subnivel} lang=${lang}>${m.etiquetaHerramientas}</div>
                    ${this.renderHerramientas(p.herramientas, datos, sic)}
                  </section>
                  <section>
                    <div class="subtitulo" role="heading" aria-level=${subnivel} lang=${lang}>${m.etiquetaDescripcion}</div>
                    ${this.renderDescripcion(p.descripcion, (t) => sic('descripcion', t))}
                  </section>
                  ${this.renderCriterio(p, datos)}
                `
          }
        </div>
        ${compacta ? nothing : this.renderPie(p, datos)}
      </article>
    `;
  }

  private renderHerramientas(herramientas: readonly Herramienta[], datos: Dataset, sic: Marcador) {
    const { lang, m } = this.idioma;
    if (herramientas.length === 0) return html`<p lang=${lang}>${m.sinHerramientas}</p>`;
    return html`<ul>
      ${herramientas.map((h) => {
        const region = h.region ? nombresDe(datos).region(h.region) : undefined;
        return html`<li>
          ${region ? html`<strong>${region}:</strong> ` : nothing}${sic('herramientas', h.texto)}
          ${
            h.items?.length
              ? html`<ul>
                  ${h.items.map((t) => html`<li>${sic('herramientas', t)}</li>`)}
                </ul>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  private renderDescripcion(bloques: readonly Bloque[], marcar: Texto) {
    const { lang, m } = this.idioma;
    const largo = bloques.reduce((n, b) => n + JSON.stringify(b).length, 0);
    const plegable = bloques.length > PLIEGUE_BLOQUES || largo > PLIEGUE_CARACTERES;
    if (!plegable) return bloques.map((b) => renderBloque(b, marcar));
    const restoId = `${this.uid}-resto`;
    const [primero, ...resto] = bloques;
    return html`
      ${renderBloque(primero, marcar)}
      <div id=${restoId} ?hidden=${!this.descripcionAbierta}>${resto.map((b) => renderBloque(b, marcar))}</div>
      ${renderDesplegable({
        abierto: this.descripcionAbierta,
        controla: restoId,
        etiqueta: this.descripcionAbierta ? m.leerMenos : m.leerCompleta(resto.length),
        lang,
        alternar: () => (this.descripcionAbierta = !this.descripcionAbierta),
      })}
    `;
  }

  private renderCriterio(p: Practica, datos: Dataset) {
    const { lang, m } = this.idioma;
    const criterio = nombresDe(datos).criterios.get(p.criterio);
    if (!criterio) return nothing;
    const definicionId = `${this.uid}-definicion`;
    const subnivel = Math.min(6, this.nivelEncabezadoValido() + 1);
    return html`<section>
      <div class="subtitulo" role="heading" aria-level=${subnivel} lang=${lang}>${m.etiquetaCriterio}</div>
      <p>
        <span class="criterio-nombre">${criterio.nombre}</span>
        ${renderDesplegable({
          abierto: this.definicionAbierta,
          controla: definicionId,
          etiqueta: this.definicionAbierta ? m.ocultarDefinicion : m.verDefinicion,
          lang,
          alternar: () => (this.definicionAbierta = !this.definicionAbierta),
        })}
      </p>
      <div class="definicion" id=${definicionId} ?hidden=${!this.definicionAbierta}>
        ${criterio.aristas.map((a) => html`<p><strong>${a.nombre}:</strong> ${a.definicion}</p>`)}
      </div>
    </section>`;
  }

  private renderPie(p: Practica, datos: Dataset) {
    const { lang, m } = this.idioma;
    return html`<footer part="footer">
      ${renderCita(p, datos, lang, m)}
      ${
        p.notas.length
          ? html`<details class="notas">
              <summary lang=${lang}>${m.notasTexto(p.notas.length)}</summary>
              <ul>
                ${p.notas.map((n) => html`<li>${n.texto}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </footer>`;
  }

  private nivelEncabezadoValido(): number {
    const n = Math.round(this.nivelEncabezado);
    return n >= 2 && n <= 6 ? n : 3;
  }
}

/** A text as the card shows it (with its «[sic]» marks, if asked). */
type Texto = (texto: string) => ReturnType<Marcador>;

function renderBloque(b: Bloque, marcar: Texto): TemplateResult {
  switch (b.tipo) {
    case 'parrafo':
      return html`<p>${marcar(b.texto)}</p>`;
    case 'nota-al-pie':
      return html`<p class="nota-al-pie"><sup>${b.marca}</sup> ${marcar(b.texto)}</p>`;
    case 'lista': {
      const items = b.items.map(
        (item) =>
          html`<li>
            ${marcar(item.texto)}${
              item.items?.length
                ? html`<ul>
                    ${item.items.map((t) => html`<li>${marcar(t)}</li>`)}
                  </ul>`
                : nothing
            }
          </li>`,
      );
      return b.ordenada
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
  }
}
