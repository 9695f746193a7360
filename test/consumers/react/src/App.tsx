// As the README says: one import registers the elements, one brings their JSX
// typings, and the API comes from the package's main entry.
import 'practicas-widgets/practicas.js';
import 'practicas-widgets/react';
import { bundledDataset } from 'practicas-widgets';
import { useState } from 'react';

const total = bundledDataset().practicas.length;

export default function App() {
  const [region, setRegion] = useState('');
  const [grupo, setGrupo] = useState<string | null>(null);
  return (
    <main>
      <h1>{total} prácticas</h1>
      <p>
        Región: <output id="region">{region}</output> · grupo: <output id="grupo">{grupo ?? ''}</output>
      </p>
      <practicas-filtros
        etiqueta="Filtrar las prácticas"
        onpracticas-filtros-cambio={(e) => {
          setRegion(e.detail.filtros.region ?? '');
          setGrupo(e.detail.grupo);
        }}
      ></practicas-filtros>
      <practicas-mapa
        onpracticas-filtros-cambio={(e) => {
          setRegion(e.detail.filtros.region ?? '');
          setGrupo(e.detail.grupo);
        }}
      ></practicas-mapa>
      <anexo-tabla etiqueta="Anexo 1"></anexo-tabla>
    </main>
  );
}
