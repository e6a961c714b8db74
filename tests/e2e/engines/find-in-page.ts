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
