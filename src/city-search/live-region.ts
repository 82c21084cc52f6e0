/**
 * Announces result counts politely: the text is written after a short pause so
 * a fast typist hears the final count, not one per keystroke. The writer is told
 * which query the text answers, so it can drop an answer the reader typed past.
 */
export class LiveAnnouncer {
  private timer?: ReturnType<typeof setTimeout>;
  constructor(
    private readonly write: (text: string, forQuery: string | undefined) => void,
    private readonly delayMs = 250,
  ) {}

  announce(text: string, forQuery?: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(text, forQuery), this.delayMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}
