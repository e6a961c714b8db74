/**
 * After a refused submit the teacher must see why, wherever the button was: the first field that
 * needs attention comes into view and gets the focus (a screen reader reads its error), or, when no
 * field is marked, the summary of what is missing.
 */
export function focusFirstError(root: ParentNode = document): void {
  // After the render that marks the fields.
  requestAnimationFrame(() => {
    const field = root.querySelector<HTMLElement>('.field--invalid');
    const target = field ?? root.querySelector<HTMLElement>('[data-error-summary]');
    if (!target) return;
    const control = field?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea') ?? target;
    if (control === target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // A tall field (a pupil picker with a whole group) shows from its top, where its question and
    // error are; centred, only the middle of its list would be in view.
    const tall = target.getBoundingClientRect().height > window.innerHeight * 0.5;
    target.scrollIntoView({ block: tall ? 'start' : 'center' });
    control.focus({ preventScroll: true });
  });
}

/** "Nog 3 punten …": said beside the button, where the teacher is looking. */
export function errorCountText(count: number): string {
  return count === 1 ? 'Nog 1 punt vraagt aandacht; het staat nu in beeld.' : `Nog ${count} punten vragen aandacht; het eerste staat nu in beeld.`;
}
