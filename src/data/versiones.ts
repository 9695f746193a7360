/**
 * Older versions of the dataset format, brought to the current one in memory
 * so that a portal's published JSON keeps working after an update of the
 * library. Each step renames or moves fields only; no value is changed or
 * dropped. README, «Versions of the data format», says when a version changes.
 */

/** The id version 1's single `fuente` gets in the `fuentes` catalogue. */
export const FUENTE_VERSION_1 = 'fgd-2018';

/**
 * Version 1 (practicas-widgets 0.1): one `fuente` record for the whole
 * dataset, and `pagina` on each practice, which was always the page where its
 * section starts. Anything not shaped as expected is passed on as it is, for
 * the schema to report.
 */
export function migrarVersion1(v1: Record<string, unknown>): Record<string, unknown> {
  const { fuente, practicas, ...rest } = v1;
  const fuentes = isRecord(fuente) ? [{ id: FUENTE_VERSION_1, ...fuente }] : fuente;
  return {
    version: 2,
    fuentes,
    ...rest,
    practicas: Array.isArray(practicas)
      ? practicas.map((p: unknown) => {
          if (!isRecord(p)) return p;
          const { pagina, notas, ...campos } = p;
          return {
            ...campos,
            fuente: 'fuente' in campos ? campos.fuente : FUENTE_VERSION_1,
            ...(pagina === undefined ? {} : { paginaSeccion: pagina }),
            notas: Array.isArray(notas)
              ? notas.map((n: unknown) => (isRecord(n) && n.campo === 'pagina' ? { ...n, campo: 'paginaSeccion' } : n))
              : notas,
          };
        })
      : practicas,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
