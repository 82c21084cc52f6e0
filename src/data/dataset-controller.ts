import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError, isDataError } from './errors.js';
import { loadDataFile, type DataFileSpec } from './load-data-file.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element the data file at a URL it chooses, and the load status.
 * Built on @lit/task, with what it lacks for embeds: the run is aborted when the
 * element leaves the page and started again when it comes back; a result for a
 * URL the element no longer uses is dropped (Task ignores stale runs); any
 * failure becomes a typed `DataError`, never an uncaught rejection.
 */
export class DatasetController<Data> implements ReactiveController {
  private readonly task: Task<readonly [string, number, string?], Data>;
  private abortedByDisconnect = false;

  constructor(
    host: Host,
    spec: () => DataFileSpec<Data>,
    args: () => readonly [url: string, timeoutMs: number, ifMissing?: string],
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([url, timeoutMs, ifMissing], { signal }) =>
        untilAborted(loadOrFallBack(url, spec(), timeoutMs, ifMissing), signal),
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

  get dataset(): Data | undefined {
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

/** The file at `url`; if it does not exist (HTTP 404) and `ifMissing` is given, the file there. */
async function loadOrFallBack<Data>(
  url: string,
  spec: DataFileSpec<Data>,
  timeoutMs: number,
  ifMissing?: string,
): Promise<Data> {
  try {
    return await loadDataFile(url, spec, timeoutMs);
  } catch (error) {
    if (!ifMissing || !isDataError(error) || error.detail.status !== 404) throw error;
    return loadDataFile(ifMissing, spec, timeoutMs);
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
