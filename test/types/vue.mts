// Type-level test of dist/vue.d.ts (checked by test/node/host-types.test.mjs after `npm run build`):
// `import 'practicas-widgets/vue'` types the elements as Vue GlobalComponents, which vue-tsc uses
// to check templates. `@practicas-filtros-cambio="…"` is the prop `onPracticasFiltrosCambio`.
import 'practicas-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const mapa: Props<'practicas-mapa'> = {
  esquema: 'claro',
  grupo: 'a',
  tiempoLimite: '5000',
  onPracticasFiltrosCambio: (e) => void e.detail.filtros.region,
  onPracticasRegion: (e) => void e.detail.region,
};
export const tabla: Props<'anexo-tabla'> = { incremento: 20, onPracticasSeleccion: (e) => void e.detail.id.trim() };
export const tarjeta: Props<'practica-card'> = { practicaId: 'x', variante: 'compacta' };

// @ts-expect-error: not a value of variante
export const mal: Props<'practica-card'> = { variante: 'gigante' };
// @ts-expect-error: the event's detail has no such key
export const mal2: Props<'practicas-mapa'> = { onPracticasRegion: (e) => void e.detail.nada };
