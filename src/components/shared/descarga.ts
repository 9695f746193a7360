/**
 * Saves a file, through a temporary link appended to `raiz` (an element's
 * shadow root, so the page's own DOM never sees it). The object URL is revoked
 * once the browser has had time to start the download.
 */
export function descargarArchivo(raiz: ParentNode, contenido: Blob, nombre: string): void {
  const url = URL.createObjectURL(contenido);
  const a = document.createElement('a');
  a.href = url;
  a.download = nombre;
  raiz.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file of media type `tipo` (see `descargarArchivo`). */
export function descargarTexto(raiz: ParentNode, texto: string, nombre: string, tipo: string): void {
  descargarArchivo(raiz, new Blob([texto], { type: tipo }), nombre);
}
