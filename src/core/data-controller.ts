import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError, isDataError } from '../data/errors.js';
import { load } from '../data/load.js';
import type { Located } from '../data/locate.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

/** The files asked for, and the timeout: the task runs again when either changes. */
type Args = readonly [files: readonly Located<unknown>[], timeoutMs: number];

const keyOf = ([files, timeoutMs]: Args) =>
  `${timeoutMs} ${files.map((f) => `${f.spec.name} ${f.url} ${f.fallback ?? ''}`).join(' ')}`;

/**
 * Gives an element the data files it asks for (its own file, and for the map
 * the geometry), and one load status for all. Built on @lit/task, with what it
 * lacks for embeds: the run is aborted when the element leaves the page and
 * started again when it comes back; a result for files the element no longer
 * asks for is dropped (Task ignores stale runs); any failure becomes a typed
 * `DataError`, never an uncaught rejection.
 */
export class DataController implements ReactiveController {
  private readonly task: Task<Args, readonly unknown[]>;
  private abortedByDisconnect = false;

  constructor(host: Host, args: () => Args) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([files, timeoutMs], { signal }) => untilAborted(loadAll(files, timeoutMs), signal),
      args,
      argsEqual: (a, b) => keyOf(a) === keyOf(b),
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

  /** Each file's content, in the order asked, once all have arrived. */
  get files(): readonly unknown[] | undefined {
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

/** Every file, or the failure of the first that failed in the order asked (the element's own first). */
async function loadAll(files: readonly Located<unknown>[], timeoutMs: number) {
  const results = await Promise.allSettled(files.map((file) => load(file, timeoutMs)));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value);
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
