import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import { bundledDataset, loadDataset } from '../data/loader.js';
import type { Dataset } from '../data/schema.js';

/** An element that can load another dataset through a `src` attribute. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  /** A validated dataset given by a parent element; when set, nothing is loaded. */
  datos?: Dataset | null;
  /** Milliseconds to wait for `src`. */
  tiempoLimite?: number;
}

/**
 * Gives an element its dataset: one given by a parent (`datos`), the bundled
 * one (complete on the first render, no request) or, when `src` is set, the
 * one at that URL, loaded with `@lit/task` and aborted when `src` changes.
 * Errors are `DatasetError`s, kept on the task, never thrown into the page.
 */
export class DatasetController {
  readonly task: Task<[string | undefined], Dataset>;
  private readonly host: DatasetHost;

  constructor(host: DatasetHost) {
    this.host = host;
    this.task = new Task(host, {
      task: ([src], { signal }) =>
        src ? loadDataset(src, { signal, timeoutMs: host.tiempoLimite }) : Promise.resolve(bundledDataset()),
      args: () => [host.src?.trim() || undefined],
      initialValue: bundledDataset(),
    });
  }

  /** The current dataset, or `undefined` while loading or after an error. */
  get value(): Dataset | undefined {
    if (this.host.datos) return this.host.datos;
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Renders by state, like `Task.render`, with a parent's `datos` counting as complete. */
  render<T extends StatusRenderer<Dataset>>(renderers: T) {
    return this.host.datos ? renderers.complete?.(this.host.datos) : this.task.render(renderers);
  }

  /** Loads the current `src` again (after a failure, for instance). */
  retry(): Promise<void> {
    return this.task.run();
  }
}
