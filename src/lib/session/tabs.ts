// One lock for every tab: a tab that locks, or hands the tablet to a child or a guardian, tells
// every other open tab of the app, which then locks at once. Messages carry no data about
// anyone, only what happened.
export type TabMessage = { type: 'lock' } | { type: 'handover' };

const CHANNEL = 'heard-tabs';
let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (channel) return channel;
  if (typeof BroadcastChannel === 'undefined') return null;
  channel = new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells every other tab of this app what happened here. */
export function announce(message: TabMessage): void {
  try {
    open()?.postMessage(message);
  } catch {
    // A closed channel (the page is unloading): the other tabs re-check on focus instead.
  }
}

/** Calls `listener` for every message another tab announces; returns the way to stop. */
export function onAnnouncement(listener: (message: TabMessage) => void): () => void {
  const ch = open();
  if (!ch) return () => {};
  const handle = (e: MessageEvent<unknown>) => {
    const data = e.data as Partial<TabMessage> | null;
    if (data && (data.type === 'lock' || data.type === 'handover')) listener({ type: data.type });
  };
  ch.addEventListener('message', handle);
  return () => ch.removeEventListener('message', handle);
}
