/** A new attempt came before the wait after earlier wrong ones was over: nothing was tried. */
export class TooSoonError extends Error {
  constructor(readonly waitMs: number) {
    super('Te veel verkeerde pogingen.');
    this.name = 'TooSoonError';
  }
}
