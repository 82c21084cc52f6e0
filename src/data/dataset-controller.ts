import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError, isDataError } from './errors.js';
import { loadDataset } from './load-dataset.js';
import type { Dataset } from './model.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element the dataset at a URL it chooses, and the load status.
 * Built on @lit/task, with what it lacks for embeds: the run is aborted when the
 * element leaves the page and started again when it comes back; a result for a
 * URL the element no longer uses is dropped (Task ignores stale runs); any
 * failure becomes a typed `DataError`, never an uncaught rejection.
 */
export class DatasetController implements ReactiveController {
  private readonly task: Task<readonly [string, number], Dataset>;
  private abortedByDisconnect = false;

  constructor(host: Host, args: () => readonly [url: string, timeoutMs: number]) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([url, timeoutMs], { signal }) => untilAborted(loadDataset(url, timeoutMs), signal),
      args,
    });
  }

  get status(): LoadStatus {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return this.abortedByDisconnect ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  get dataset(): Dataset | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): DataError | undefined {
    if (this.status !== 'error') return undefined;
    const error = this.task.error;
    return isDataError(error) ? error : new DataError('network');
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      // The last run was cut short by removal: run again now we are back.
      void this.task.run().catch(() => undefined);
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (the shared fetch goes on for others). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
