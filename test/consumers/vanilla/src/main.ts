// As the README says: one import registers the elements; the API and the
// classes come from the package's main entry, the same copy.
import 'practicas-widgets/practicas.js';
import { PracticaCard, bundledDataset, type Filtros } from 'practicas-widgets';

const salida = (id: string) => document.querySelector<HTMLOutputElement>(`output#${id}`)!;
function mostrar(grupo: string, filtros: Filtros) {
  salida('grupo').value = grupo;
  salida('region').value = filtros.region ?? '';
}

document.addEventListener('practicas-filtros-cambio', (e) => mostrar(e.detail.grupo, e.detail.filtros));

// Module scripts run after the document is parsed, and registration upgrades
// the elements already in it.
salida('instancia').value = String(document.querySelector('practica-card') instanceof PracticaCard);
salida('total').value = String(bundledDataset().practicas.length);
