// Type-level test of dist/react.d.ts (checked by test/node/host-types.test.mjs after `npm run build`):
// one import and no hand-written declarations let a React 19 app use every element in JSX.
import 'practicas-widgets/react';
import { useRef } from 'react';
import type { AnexoTabla, Filtros, PracticasMapa } from 'practicas-widgets';

export function App() {
  const mapa = useRef<PracticasMapa>(null);
  const tabla = useRef<AnexoTabla>(null);
  let ultimo: Filtros = {};
  return (
    <div>
      <practicas-filtros grupo="a" sincronizar-url className="barra" style={{ marginBlock: '1em' }} />
      <practicas-mapa
        ref={mapa}
        lang="en"
        grupo="a"
        esquema="oscuro"
        tiempo-limite="5000"
        onpracticas-filtros-cambio={(e) => {
          ultimo = e.detail.filtros;
          const grupo: string = e.detail.grupo;
          void grupo;
        }}
        onpracticas-region={(e) => {
          const region: string | null = e.detail.region;
          void region;
        }}
      />
      <anexo-tabla
        ref={tabla}
        key="t"
        class="tabla"
        columnas="tema,practica"
        incremento={50}
        onpracticas-seleccion={(e) => {
          e.preventDefault();
          void e.detail.id.trim();
        }}
      />
      <practicas-lista destacadas="a,b" variante-tarjeta="compacta" onpracticas-seleccion={(e) => void e.detail.id}>
        <p>children</p>
      </practicas-lista>
      <practica-card practica-id="x" nivel-encabezado={2} tiempoLimite={1000} />
      {String(ultimo.region ?? '') + String(tabla.current?.csv().length ?? 0)}

      {/* Wrong uses must fail: */}
      {/* @ts-expect-error: not a value of esquema */}
      <practicas-mapa esquema="rosado" />
      {/* @ts-expect-error: no such property (TypeScript lets any hyphenated attribute through JSX) */}
      <practica-card noExiste="1" />
      {/* @ts-expect-error: the event's detail has no such key */}
      <practicas-mapa onpracticas-region={(e) => e.detail.nada} />
      {/* @ts-expect-error: ref must be the element's class */}
      <practicas-mapa ref={tabla} />
      {/* @ts-expect-error: tiempo-limite takes a number */}
      <anexo-tabla tiempo-limite="pronto" />
    </div>
  );
}
