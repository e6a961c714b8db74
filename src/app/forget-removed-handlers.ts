import { options, type VNode } from 'preact';

/**
 * A removed element keeps its event handlers: Preact leaves them on the DOM node (its `__e` map of
 * handlers, the same mangled name as a vnode's element). A detached node is normally garbage, but the
 * browser keeps some alive (a layout shift's attribution in the performance timeline holds its node),
 * and through a handler's closure the node kept whatever the component held: a passphrase typed on
 * the lock screen, a note on an unlocked screen. Dropping the handlers as Preact removes the element
 * lets those go with the lock. Preact's own event proxy does nothing on a node without handlers.
 */
type Removed = VNode & { __e?: (Node & { __e?: unknown }) | null };

export function forgetRemovedHandlers(): void {
  const before = options.unmount;
  options.unmount = (vnode: VNode) => {
    const dom = typeof vnode.type === 'string' ? (vnode as Removed).__e : null;
    if (dom) dom.__e = undefined;
    before?.(vnode);
  };
}
