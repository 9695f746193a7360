// Type-level test, checked by `tsc --noEmit -p tsconfig.json` (npm run typecheck): the events
// bubble and are composed, so a page listens on document or window (README recipe 8) with the
// detail typed, as well as on the element.
import type { PracticasFiltrosCambioDetail } from '../../src/index.js';

document.addEventListener('practicas-filtros-cambio', (e) => {
  const detalle: PracticasFiltrosCambioDetail = e.detail;
  const region: string | undefined = e.detail.filtros.region;
  void [detalle, region, e.detail.grupo.trim()];
});
window.addEventListener('practicas-region', (e) => void e.detail.region?.trim());
document.body.addEventListener('practicas-seleccion', (e) => void e.detail.id.trim());
document.querySelector('anexo-tabla')?.addEventListener('practicas-seleccion', (e) => void e.preventDefault());
document.querySelector('practicas-mapa')?.addEventListener('practicas-filtros-cambio', (e) => void e.detail.filtros);
const tabla: HTMLElementTagNameMap['anexo-tabla'] | null = document.querySelector('anexo-tabla');
void tabla?.csv();

// @ts-expect-error: the detail has no such key
document.addEventListener('practicas-filtros-cambio', (e) => void e.detail.nada);
// @ts-expect-error: the region is a string or null, not a number
window.addEventListener('practicas-region', (e) => void (e.detail.region satisfies number | null));
// @ts-expect-error: the detail names the practice by id only
document.addEventListener('practicas-seleccion', (e) => void e.detail.practica);
// @ts-expect-error: a Filtros has no such filter
document.addEventListener('practicas-filtros-cambio', (e) => void e.detail.filtros.color);
