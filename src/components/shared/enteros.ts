/**
 * Whole-number attributes (`incremento`, `limite`), validated once where an
 * element reads them. A page's typo must not break the widget nor make it
 * behave oddly («Mostrar 0 más»): a value that is not a whole number at
 * least the minimum gives the default, and a console warning names the value
 * so that the page's author can find it. Never throws.
 */
export interface ReglaEntero {
  /** Smallest value allowed. */
  minimo: number;
  /** Used when the attribute is absent or its value is not allowed. */
  porDefecto: number;
  /** The element and attribute, for the warning: `anexo-tabla`, `incremento`. */
  elemento: string;
  atributo: string;
}

/**
 * The value to use for a whole-number property. `escrito` is the attribute's text, if any:
 * the warning names it (`incremento="diez"`), not the `NaN` it became.
 */
export function enteroValido(valor: number | null | undefined, regla: ReglaEntero, escrito?: string | null): number {
  // Absent (a removed attribute reads as null): the default, with nothing to warn about.
  if (valor === null || valor === undefined) return regla.porDefecto;
  if (Number.isInteger(valor) && valor >= regla.minimo) return valor;
  // The attribute's text when it is what gave this value (not a property set since).
  const texto = escrito != null && Object.is(Number(escrito), valor) ? escrito : String(valor);
  console.warn(
    `<${regla.elemento}>: ${regla.atributo}="${texto}" is not a whole number of at least ${regla.minimo}; using ${regla.porDefecto}.`,
  );
  return regla.porDefecto;
}
