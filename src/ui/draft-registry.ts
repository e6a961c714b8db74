/**
 * Every open form registers here, so that locking, hiding the page and applying an update can first
 * write what was typed to disk, and so the update prompt knows whether a form holds input.
 */
export interface OpenForm {
  flush(): Promise<void>;
  hasInput(): boolean;
}

const openForms = new Set<OpenForm>();

export function registerOpenForm(form: OpenForm): () => void {
  openForms.add(form);
  return () => openForms.delete(form);
}

export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...openForms].map((f) => f.flush().catch(() => undefined)));
}

export function anyFormHasInput(): boolean {
  return [...openForms].some((f) => f.hasInput());
}
