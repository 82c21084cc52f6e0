/**
 * Announces result counts politely: the text is set after a short pause so a
 * fast typist hears the final count, not one per keystroke.
 */
export class LiveAnnouncer {
  private timer?: ReturnType<typeof setTimeout>;
  constructor(
    private readonly write: (text: string) => void,
    private readonly delayMs = 250,
  ) {}

  announce(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(text), this.delayMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}
