import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Default length of the count-up, in milliseconds. */
export const COUNT_UP_MS = 1000;

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/** True when the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Counts a number up from 0 once, the first time the host is scrolled into
 * view (IntersectionObserver, requestAnimationFrame). `value` is what to draw
 * now: the target itself before the count starts, after it has run, or when it
 * must not run.
 */
export class CountUp implements ReactiveController {
  /** The number to draw now. */
  value = 0;
  private target?: number;
  private done = false;
  private observer?: IntersectionObserver;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly animated: () => boolean,
    private readonly duration = COUNT_UP_MS,
  ) {
    host.addController(this);
  }

  /**
   * Sets the final number: counts up to it the first time the host is seen,
   * else (or when `immediate`) shows it at once.
   */
  set(target: number, immediate = false): void {
    if (target === this.target && !(immediate && !this.done)) return;
    this.target = target;
    if (
      immediate ||
      this.done ||
      !this.animated() ||
      prefersReducedMotion() ||
      !this.canAnimate()
    ) {
      this.finish();
      return;
    }
    if (!this.observer && !this.frame) this.watch();
  }

  hostConnected(): void {
    if (this.target !== undefined && !this.done) this.set(this.target);
  }

  hostDisconnected(): void {
    // Leaving the page mid-count: come back showing the final number.
    if (this.target !== undefined && (this.observer || this.frame)) this.finish();
  }

  private canAnimate() {
    return (
      typeof IntersectionObserver === 'function' && typeof requestAnimationFrame === 'function'
    );
  }

  private watch() {
    // Until it is seen, the final number stands (print, screenshots, a tab never scrolled).
    this.value = this.target ?? 0;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.stopWatching();
      if (prefersReducedMotion() || !this.animated()) this.finish();
      else this.run();
    });
    this.observer.observe(this.host);
  }

  private run() {
    this.value = 0;
    this.host.requestUpdate();
    const start = performance.now();
    const step = (now: number) => {
      const target = this.target ?? 0;
      const progress = Math.min(1, (now - start) / this.duration);
      if (progress >= 1) return this.finish();
      this.value = Math.round(target * easeOutCubic(progress));
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private finish() {
    this.stopWatching();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.done = true;
    this.value = this.target ?? 0;
    this.host.requestUpdate();
  }

  private stopWatching() {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
