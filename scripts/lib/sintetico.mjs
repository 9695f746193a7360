// Synthetic catalogues for scale tests and benchmarks: `n` practices derived
// from a real dataset, with a seeded generator (same seed, same catalogue).
// Plain JavaScript, so that Node scripts, browser tests, the benchmark page and
// Storybook all use this one module. Every record passes the schema.

/** Mulberry32: a small, fast, seeded PRNG. */
function aleatorio(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NIVELES = [
  { nivel: 'regional', texto: 'Regional' },
  { nivel: 'provincial', texto: 'Provincial' },
  { nivel: 'municipal', texto: 'Municipal' },
];

/**
 * A dataset with the catalogues of `base` and `n` practices. Each one copies the
 * texts of a real practice and varies its status, topic, criterion, level and
 * regions, and gets a unique id and a numbered title.
 */
export function catalogoSintetico(base, n, seed = 1) {
  const azar = aleatorio(seed);
  const elegir = (lista) => lista[Math.floor(azar() * lista.length)];
  const temas = base.temas.map((t) => t.id);
  const criterios = base.criterios.map((c) => c.id);
  const regiones = base.regiones.map((r) => r.ubigeo);
  const practicas = [];
  for (let i = 0; i < n; i++) {
    const modelo = base.practicas[i % base.practicas.length];
    const extra = azar() < 0.3 ? [elegir(regiones)] : [];
    const propias = azar() < 0.5 ? modelo.regiones : [elegir(regiones)];
    const suyas = [...new Set([...propias, ...extra])];
    practicas.push({
      ...modelo,
      id: `${modelo.id}-s${i + 1}`,
      tipo: azar() < 0.6 ? 'buena-practica' : 'en-proceso',
      tema: elegir(temas),
      criterio: elegir(criterios),
      titulo: `${modelo.titulo} (n.º ${i + 1})`,
      tituloAnexo: `${modelo.tituloAnexo.replace(/\.$/, '')} (n.º ${i + 1})`,
      regiones: suyas,
      niveles: [elegir(NIVELES)],
      herramientas: modelo.herramientas.map(({ region, ...h }) => (region && suyas.includes(region) ? { ...h, region } : h)),
    });
  }
  // The publication's order: buenas prácticas first, then by topic.
  const orden = new Map(temas.map((t, i) => [t, i]));
  practicas.sort((a, b) => (a.tipo === b.tipo ? orden.get(a.tema) - orden.get(b.tema) : a.tipo === 'buena-practica' ? -1 : 1));
  return { ...base, practicas };
}
