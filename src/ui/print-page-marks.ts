import { useEffect } from 'preact/hooks';

/** A text as a CSS string: quotes, backslashes and line breaks cannot end it or add a rule. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;

/**
 * What every printed page of a record carries in its margins: on top whose record it is and of which
 * school, and "vertrouwelijk"; below "pagina X van Y". Put in by the page's own script as a
 * constructed sheet (the Content-Security-Policy allows no inline style), and taken away again when
 * the screen goes, so no other page prints with a child's name on it.
 */
function usePrintPageMarks(whose: string): void {
  useEffect(() => {
    if (!('adoptedStyleSheets' in Document.prototype)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { margin: 18mm 14mm; @top-left { content: ${cssString(whose)}; font-size: 9pt; } @top-right { content: "Vertrouwelijk"; font-size: 9pt; font-weight: 700; } @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-size: 9pt; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [whose]);
}

/** As a component, so a screen may place it after an early return (a hook may not come after one). */
export function PrintPageMarks({ whose }: { whose: string }): null {
  usePrintPageMarks(whose);
  return null;
}
