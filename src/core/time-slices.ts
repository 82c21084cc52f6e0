/**
 * Runs jobs in time slices, so that many elements updating at once (500
 * badges when the data arrives) never hold the main thread for long: jobs run
 * at once while the current slice lasts, then wait, in order, for the next
 * task; between tasks the browser paints and answers the reader. One lone job
 * runs at once, as if there were no slicing.
 */

/** Work per slice, in ms: a slice plus the frame it paints stays well under a 50 ms long task. */
export const SLICE_MS = 8;

interface Job {
  run: () => unknown;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const waiting: Job[] = [];
let sliceEnd = 0;
let sliceOpen = false;
let channel: MessageChannel | undefined;

/** A new task, as soon as possible (a message, not a timer: no 4 ms clamp). */
function nextTask(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = endSlice;
  }
  channel.port2.postMessage(null);
}

function openSlice(): void {
  sliceOpen = true;
  sliceEnd = performance.now() + SLICE_MS;
  // The slice lasts until this task ends, at most SLICE_MS.
  nextTask();
}

function endSlice(): void {
  sliceOpen = false;
  if (!waiting.length) return;
  openSlice();
  while (waiting.length && performance.now() < sliceEnd) {
    const job = waiting.shift()!;
    try {
      job.run();
      job.resolve();
    } catch (error) {
      job.reject(error);
    }
  }
}

/**
 * Runs `run` now if the current slice has time left and nothing waits before
 * it (returns undefined); otherwise returns a promise settled once it has run
 * in a later task (rejected with what it threw).
 */
export function inTimeSlice(run: () => unknown): Promise<void> | undefined {
  if (!sliceOpen) openSlice();
  if (!waiting.length && performance.now() < sliceEnd) {
    run();
    return undefined;
  }
  return new Promise((resolve, reject) => waiting.push({ run, resolve, reject }));
}
