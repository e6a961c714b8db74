/**
 * Copying an Esis note puts names on the system clipboard, where any app can read them. Kring
 * remembers that it did, and empties the clipboard at the lock. A browser lets a page write the
 * clipboard only while it has the focus, so a lock that comes with hiding the page tries again as
 * soon as the page is back in front.
 */
let holdsOurText = false;
let retrying = false;

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  holdsOurText = true;
}

export async function clearCopiedText(): Promise<void> {
  if (!holdsOurText) return;
  try {
    await navigator.clipboard.writeText('');
    holdsOurText = false;
  } catch {
    if (retrying) return;
    retrying = true;
    const retry = () => {
      if (document.visibilityState !== 'visible' || !document.hasFocus()) return;
      window.removeEventListener('focus', retry);
      document.removeEventListener('visibilitychange', retry);
      retrying = false;
      void clearCopiedText();
    };
    window.addEventListener('focus', retry);
    document.addEventListener('visibilitychange', retry);
  }
}
