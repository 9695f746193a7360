import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { bundledDataset, loadDataset } from '../data/loader.js';
import type { Dataset } from '../data/schema.js';

/** An element that can load another dataset through a `src` attribute. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
}

/**
 * Gives an element its dataset: the bundled one (complete on the first
 * render, no request) or, when `src` is set, the one at that URL, loaded with
 * `@lit/task` and aborted when `src` changes. Errors are `DatasetError`s,
 * kept on the task, never thrown into the page.
 */
export class DatasetController {
  readonly task: Task<[string | undefined], Dataset>;

  constructor(host: DatasetHost) {
    this.task = new Task(host, {
      task: ([src], { signal }) => (src ? loadDataset(src, { signal }) : Promise.resolve(bundledDataset())),
      args: () => [host.src?.trim() || undefined],
      initialValue: bundledDataset(),
    });
  }

  /** The current dataset, or `undefined` while loading or after an error. */
  get value(): Dataset | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Loads the current `src` again (after a failure, for instance). */
  retry(): Promise<void> {
    return this.task.run();
  }
}
