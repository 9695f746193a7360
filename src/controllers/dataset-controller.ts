import type { LitElement, ReactiveControllerHost } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import { bundledDataset, loadDataset } from '../data/loader.js';
import type { Dataset } from '../data/schema.js';

// The mixin pattern needs a constructor type that accepts any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * An element with a dataset, as `ConDatos` makes it: the properties that say where
 * its data comes from (documented on `ConDatos`), which `DatasetController` reads,
 * and the controller itself. Declared apart because a mixin's type cannot name its
 * class's protected members.
 */
export declare class DatasetHost {
  src: string | null;
  tiempoLimite: number;
  datos: Dataset | null;
  /**
   * The element's dataset: `datasetController.value`, `datasetController.render({ pending, complete, error })`.
   * Not `dataset`, which every HTML element already has (its `data-*` attributes).
   */
  protected readonly datasetController: DatasetController;
}

/** What the controller reads from its element. */
type Anfitrion = ReactiveControllerHost & HTMLElement & Partial<Pick<DatasetHost, 'src' | 'datos' | 'tiempoLimite'>>;

/**
 * Gives an element its dataset: one given by a parent (`datos`), the bundled
 * one (complete on the first render, no request) or, when `src` is set, the
 * one at that URL, loaded with `@lit/task` and aborted when `src` changes.
 * Errors are `DatasetError`s, kept on the task, never thrown into the page.
 */
export class DatasetController {
  readonly task: Task<[string | undefined], Dataset>;
  private readonly host: Anfitrion;
  private args: [string | undefined] = [undefined];

  constructor(host: Anfitrion) {
    this.host = host;
    this.task = new Task(host, {
      task: ([src], { signal }) =>
        src ? loadDataset(src, { signal, timeoutMs: host.tiempoLimite }) : Promise.resolve(bundledDataset()),
      // While a parent gives `datos` the arguments keep their last value, so the task does not
      // run and `src` is not fetched; once `datos` is cleared, the `src` of that moment loads.
      args: () => {
        if (!host.datos) this.args = [host.src?.trim() || undefined];
        return this.args;
      },
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

/**
 * `src`, `tiempo-limite` and `datos`: where an element's data comes from. The
 * element gets its `DatasetController` as `this.datasetController`, already wired.
 */
export const ConDatos = <T extends Constructor<LitElement>>(Base: T) => {
  class ConDatosElement extends Base {
    /** URL of another dataset (same schema) to use instead of the bundled one. */
    @property() src: string | null = null;

    /** Milliseconds to wait for `src` before giving up with a clear message and a retry button. */
    @property({ attribute: 'tiempo-limite', type: Number }) tiempoLimite = 15000;

    /** A validated dataset given by a parent element; when set, `src` is not loaded. */
    @property({ attribute: false }) datos: Dataset | null = null;

    protected readonly datasetController = new DatasetController(this);
  }
  // Through unknown: TypeScript does not compare a class's protected members with a declared class's.
  return ConDatosElement as unknown as Constructor<DatasetHost> & T;
};
