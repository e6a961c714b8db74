import css from './styles.css?inline';
import cssFile from './styles.css?url';

/**
 * Kring's styles, applied by the script that draws the first screen rather than by a stylesheet of
 * their own: the browser then waits on one file before it can paint, not two (a separate stylesheet
 * cost a cold start 5–9 ms through the service worker, and held back the script until it had come).
 * A constructed sheet is the script's own doing, so the Content-Security-Policy's `style-src 'self'`
 * stays as strict as it is. A browser without constructed sheets (Safari before 16.4) reads the same
 * styles as a file.
 */
export function applyStyles(): void {
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssFile;
  document.head.append(link);
}
