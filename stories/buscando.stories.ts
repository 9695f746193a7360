import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { argTypesDesdeManifiesto, ingles } from './ayudas.js';
import { indiceRetenido, retenerIndice, tareasRetenidas } from './busqueda-retenida.js';
import '../src/components/practicas-filtros/practicas-filtros.js';
import '../src/components/practicas-mapa/practicas-mapa.js';
import '../src/components/anexo-tabla/anexo-tabla.js';
import '../src/components/practicas-lista/practicas-lista.js';
import { filtrarPracticas } from '../src/data/filtros.js';
import { bundledDataset } from '../src/data/loader.js';
import { validateDataset } from '../src/data/parse.js';
import type { Dataset } from '../src/data/schema.js';
import { resolveLang } from '../src/i18n/lang.js';
import { MENSAJES } from '../src/i18n/mensajes.js';
import { catalogoSintetico } from '../scripts/lib/sintetico.mjs';

interface Args {
  q?: string;
  region?: string;
  indiceListo: boolean;
}

/** Above 300 practices the search index is built in background slices, not at once. */
const PRACTICAS = 3000;

const meta: Meta<Args> = {
  title: 'Estados/Buscando',
  args: { q: 'agua', indiceListo: false },
  argTypes: {
    q: { name: 'q (búsqueda)', control: 'text' },
    // The dataset's regions with their names, as the widgets' own stories offer them.
    region: argTypesDesdeManifiesto('practicas-filtros').region,
    indiceListo: {
      name: 'Índice de búsqueda listo',
      description:
        'Off: the index of the 3,000 practices waits, so the search waits too («Buscando…»). On: it is built in slices and the widgets show the results. Once built it stays built: remount the story to see «Buscando…» again.',
      control: 'boolean',
    },
  },
  // A fresh catalogue per story: its search index starts empty.
  loaders: [async () => ({ datos: validateDataset(catalogoSintetico(bundledDataset(), PRACTICAS, 1)) })],
  beforeEach: indiceRetenido,
  // The group is the story's own and stays the same when the story renders again (a control or
  // the toolbar changed), so the search preset by `q` stays with it.
  render: (args, { id, loaded }) => {
    retenerIndice(!args.indiceListo);
    const grupo = `buscando-${id}`;
    const datos = (loaded as { datos: Dataset }).datos;
    return html`<div style="display:grid;gap:1.5rem">
      <practicas-filtros
        grupo=${grupo}
        q=${args.q ?? nothing}
        region=${args.region ?? nothing}
        .datos=${datos}
      ></practicas-filtros>
      <div style="display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));align-items:start">
        <practicas-mapa grupo=${grupo} .datos=${datos}></practicas-mapa>
        <practicas-lista grupo=${grupo} limite="4" .datos=${datos}></practicas-lista>
      </div>
      <anexo-tabla grupo=${grupo} .datos=${datos}></anexo-tabla>
    </div>`;
  },
  play: enBusqueda,
};
export default meta;
type Story = StoryObj<Args>;

const parte = (el: Element, nombre: string) => el.shadowRoot?.querySelector(`[part~="${nombre}"]`) ?? null;

/**
 * The widgets wait for the index (held, unless the control says it is ready): the
 * table and the filter bar say «Buscando…», the table's rows and the list's cards are
 * marked busy, and the table shows the practices of the other filters meanwhile.
 */
async function enBusqueda({ canvasElement, args, loaded }: StoryContext<Args>): Promise<void> {
  if (args.indiceListo || !args.q?.trim()) return;
  const [filtros, tabla, lista] = (['practicas-filtros', 'anexo-tabla', 'practicas-lista'] as const).map((tag) =>
    canvasElement.querySelector(tag)!,
  );
  await Promise.all([filtros.updateComplete, tabla.updateComplete, lista.updateComplete]);
  // The index's next slice waits in the hold: the state lasts until the control lets it go.
  await expect(tareasRetenidas()).toBeGreaterThan(0);
  const { buscando } = MENSAJES[resolveLang(tabla)];
  await expect(parte(filtros, 'count')).toHaveTextContent(buscando);
  await expect(parte(tabla, 'count')).toHaveTextContent(buscando);
  await expect(parte(tabla, 'scroller')).toHaveAttribute('aria-busy', 'true');
  await expect(parte(lista, 'list')).toHaveAttribute('aria-busy', 'true');
  // Meanwhile the other filters apply: the rows shown are practices of the preset region (or any).
  const datos = (loaded as { datos: Dataset }).datos;
  const deLosOtrosFiltros = new Set(filtrarPracticas(datos, args.region ? { region: args.region } : {}).map((p) => p.id));
  const filas = [...tabla.shadowRoot!.querySelectorAll('tr[data-practica-id]')].map((tr) => tr.getAttribute('data-practica-id')!);
  await expect(filas.length).toBeGreaterThan(0);
  await expect(filas.filter((id) => !deLosOtrosFiltros.has(id))).toEqual([]);
}

/**
 * The full catalogue page with 3,000 generated practices and a search («agua») in Cusco
 * (`region="08"`) that arrived before the search index was ready. Every widget applies
 * the region at once; the filter bar and the table say «Buscando…», the table's rows and
 * the list's cards are `aria-busy`, and the map leaves the search out until the index is
 * ready. Here the index is held back, so the state stays on screen: switch
 * «Índice de búsqueda listo» on to let it finish and see the widgets update.
 */
export const CatalogoCompleto: Story = { args: { region: '08' } };

/** The same state in English: «Searching…». */
export const Ingles: Story = { decorators: [ingles] };
