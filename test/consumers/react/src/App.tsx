// As the README says: one import registers the elements, one brings their JSX
// typings, and the API comes from the package's main entry.
import 'practicas-widgets/practicas.js';
import 'practicas-widgets/react';
import { bundledDataset, type PracticasFiltrosCambioDetail } from 'practicas-widgets';
import { useState } from 'react';

export default function App() {
  const [cambio, setCambio] = useState<PracticasFiltrosCambioDetail>();
  return (
    <main>
      <h1>{bundledDataset().practicas.length} prácticas</h1>
      <p>
        Región: <output id="region">{cambio?.filtros.region}</output> · grupo: <output id="grupo">{cambio?.grupo}</output>
      </p>
      <practicas-filtros
        etiqueta="Filtrar las prácticas"
        onpracticas-filtros-cambio={(e) => setCambio(e.detail)}
      ></practicas-filtros>
      <practicas-mapa onpracticas-filtros-cambio={(e) => setCambio(e.detail)}></practicas-mapa>
      <anexo-tabla etiqueta="Anexo 1"></anexo-tabla>
    </main>
  );
}
