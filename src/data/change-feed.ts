/**
 * Tells other tabs of this origin that stored data changed, so they show it without a reload.
 * Carries only a table name: never data, and nothing that leaves the device.
 */
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kring-changes');

export function announceChange(table: string): void {
  channel?.postMessage({ table });
}

export function onChangeElsewhere(listener: (table: string) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (event: MessageEvent<{ table?: unknown }>) => {
    if (typeof event.data?.table === 'string') listener(event.data.table);
  };
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
