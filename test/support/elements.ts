// Helpers for element tests: reading an element's shadow DOM by part and text.
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

/**
 * Appends a new `tag` with `props` set and resolves after its first update, before any task has
 * run: what the element's first frame would show. The caller removes it.
 */
export async function primerRender<T extends HTMLElement>(tag: string, props: Record<string, unknown>): Promise<T> {
  const el = Object.assign(document.createElement(tag), props) as unknown as T;
  document.body.append(el);
  // Lit's first update runs in a microtask of the append's task.
  await Promise.resolve();
  await Promise.resolve();
  return el;
}
