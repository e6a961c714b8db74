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
    target.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
  });
}

/** "Nog 3 punten …": said beside the button, where the teacher is looking. */
export function errorCountText(count: number): string {
  return count === 1 ? 'Nog 1 punt vraagt aandacht; het staat nu in beeld.' : `Nog ${count} punten vragen aandacht; het eerste staat nu in beeld.`;
}
