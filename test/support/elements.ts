// Helpers for element tests: reading an element's shadow DOM by part and text.
import { TURNO_MS, turnoAgotado } from '../../src/components/shared/turnos.js';
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return shadow(el).querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Visible text, white space collapsed. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node instanceof ShadowRoot ? node.host.shadowRoot?.textContent : node?.textContent)?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function watchUncaught(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The tags of which `primerRender` has connected a first element on this page. */
const conEstilos = new Set<string>();

/**
 * Appends a new `tag` with `props` set and resolves after its first update, before any task has
 * run: what the element's first frame would show. The caller removes it.
 *
 * Renders take turns (src/components/shared/turnos.ts): in a task that has already run a turn's
 * worth, the first render would wait for a frame, and background work (a search index's slices)
 * could run first. So the element is appended in a task where its first render starts at once,
 * after a first element of its kind has paid for the styles it parses when connected (in Lit's
 * development build, that alone can take a turn). A turn is measured in wall time, which a busy
 * machine can use up between the append and the render: then the element is removed and another
 * tried, a few times, before failing loudly.
 */
export async function primerRender<T extends HTMLElement>(tag: string, props: Record<string, unknown>): Promise<T> {
  if (!conEstilos.has(tag)) {
    document.body.appendChild(document.createElement(tag)).remove();
    conEstilos.add(tag);
  }
  for (let intento = 0; intento < 5; intento++) {
    await turnoNuevo();
    const el = Object.assign(document.createElement(tag), props) as unknown as T;
    document.body.append(el);
    // Lit's first update runs in a microtask of the append's task.
    await Promise.resolve();
    await Promise.resolve();
    if ((el as unknown as { hasUpdated?: boolean }).hasUpdated) return el;
    el.remove();
  }
  throw new Error(`primerRender: <${tag}> did not render in its own task, five times`);
}
/** Waits for a new task in which a render may start at once (see src/components/shared/turnos.ts). */
export async function turnoNuevo(): Promise<void> {
  do await new Promise((resolver) => setTimeout(resolver));
  while (turnoAgotado());
}

/** Uses up the current task's turn: a render asked for from now on in this task waits for the next frame. */
export function agotarTurno(): void {
  turnoAgotado();
  const hasta = performance.now() + TURNO_MS + 4;
  while (performance.now() < hasta);
}
