import type { Target } from './types';

/**
 * The in-page half of finding a target: runs in the browser, so it is plain JavaScript source.
 * Regular expressions travel as { source, flags }.
 */
export const FIND_TARGET = `(target) => {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const matches = (text, want) => want.source !== undefined ? new RegExp(want.source, want.flags).test(norm(text)) : norm(text) === want;
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const nameOf = (el) => el.getAttribute('aria-label') || el.textContent;
  // A container's accessible name: its aria-label, what aria-labelledby points at, or a fieldset's legend.
  const containerName = (el) =>
    el.getAttribute('aria-label') ||
    (el.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' ') ||
    (el.tagName === 'FIELDSET' ? el.querySelector('legend')?.textContent || '' : '');
  const scopes = target.within === undefined ? [document] : [...document.querySelectorAll('[aria-label], [aria-labelledby], fieldset')].filter((el) => matches(containerName(el), target.within));
  const inScope = (selector) => scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);
  if (target.button) {
    return inScope('button, [role="button"], a.button').find((el) => visible(el) && matches(nameOf(el), target.button) && (target.pressed === undefined || el.getAttribute('aria-pressed') === String(target.pressed))) || null;
  }
  if (target.link) return inScope('a[href]').find((el) => visible(el) && matches(nameOf(el), target.link)) || null;
  if (target.label) {
    for (const label of inScope('label')) {
      const text = [...label.childNodes].filter((n) => !(n.classList && n.classList.contains('field__optional'))).map((n) => n.textContent).join('');
      if (!matches(text, target.label)) continue;
      const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
      if (control && visible(label)) return control;
    }
    return null;
  }
  return null;
}`;

/** Targets cross into the page as JSON; a RegExp does not, so it is sent as its parts. */
export function serializeTarget(target: Target): unknown {
  return Object.fromEntries(Object.entries(target).map(([key, value]) => [key, value instanceof RegExp ? { source: value.source, flags: value.flags } : value]));
}

export function describeTarget(target: Target): string {
  return JSON.stringify(serializeTarget(target));
}

/** Looks a target up until it appears (screens render asynchronously), or fails naming the engine. */
export async function findWithRetry<T>(lookup: () => Promise<T | null>, target: Target, engine: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await lookup();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Not found in ${engine}: ${describeTarget(target)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const findExpression = (target: Target) => `(${FIND_TARGET})(${JSON.stringify(serializeTarget(target))})`;

/**
 * Runs in the page before a click: scrolls the element to the centre and resolves once it has stopped
 * moving (the same box over two frames) and nothing else is on top of its centre, or after 3 s. A home
 * screen that fills in below a link otherwise moves the link between finding it and clicking it, and
 * WebDriver clicks wherever the link was.
 */
export const SETTLE_FOR_CLICK = `(el) => new Promise((resolve) => {
  el.scrollIntoView({ block: 'center' });
  const deadline = performance.now() + 3000;
  const mine = (node) => !!node && (node === el || el.contains(node) || node.contains(el) || [...(el.labels || [])].some((l) => l.contains(node)));
  let last = '';
  let still = 0;
  // The next frame, or 50 ms on: a tab behind another draws no frames (WebKit), and must not wait forever.
  const soon = (fn) => {
    let done = false;
    const once = () => { if (!done) { done = true; fn(); } };
    requestAnimationFrame(once);
    setTimeout(once, 50);
  };
  const check = () => {
    const r = el.getBoundingClientRect();
    const box = [r.x, r.y, r.width, r.height].join();
    still = box === last ? still + 1 : 0;
    last = box;
    const clear = mine(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    // Still for two frames with nothing on top, or still for ten (a custom control drawn over its input).
    if ((still >= 2 && clear) || still >= 10 || performance.now() > deadline) return resolve(true);
    soon(check);
  };
  soon(check);
})`;
