import { expect } from '@open-wc/testing';
import { inTimeSlice, SLICE_MS } from '../../src/core/time-slices.js';

/** Holds the main thread for `ms` (a job heavier than it looks). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

/** Resolves after the current task and the slices queued before it. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('time slices', () => {
  it('runs a lone job at once', async () => {
    await nextTask();
    let ran = false;
    expect(inTimeSlice(() => (ran = true))).to.equal(undefined);
    expect(ran).to.be.true;
  });

  it('spreads jobs that outlast a slice over several tasks, in order', async () => {
    await nextTask();
    const order: number[] = [];
    // Jobs of one slice run back to back, with no microtask between them: a
    // microtask queued by one job that has run before the next one started
    // means the next one runs in a later task.
    let slices = 0;
    let sameSlice = false;
    const jobs = Array.from({ length: 10 }, (_, index) =>
      inTimeSlice(() => {
        if (!sameSlice) slices += 1;
        sameSlice = true;
        queueMicrotask(() => (sameSlice = false));
        busy(SLICE_MS / 2);
        order.push(index);
      }),
    );
    await Promise.all(jobs);
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Two jobs (or three, the last one started just in time) per slice, never all ten.
    expect(slices).to.be.at.least(3);
    expect(jobs[0]).to.equal(undefined);
  });

  it('rejects the promise of a job that throws, and goes on with the next ones', async () => {
    await nextTask();
    inTimeSlice(() => busy(SLICE_MS + 1));
    const failing = inTimeSlice(() => {
      throw new Error('boom');
    });
    let after = false;
    const next = inTimeSlice(() => (after = true));
    expect(failing).to.be.an.instanceOf(Promise);
    let caught: unknown;
    await failing!.catch((error: unknown) => (caught = error));
    await next;
    expect((caught as Error).message).to.equal('boom');
    expect(after).to.be.true;
  });
});
