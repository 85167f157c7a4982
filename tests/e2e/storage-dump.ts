// What the app keeps on the device, read raw, for tests that prove child data is never in
// plaintext at rest.
import type { Page } from '@playwright/test';

/**
 * Everything the origin keeps on the device, as text: IndexedDB, caches, local storage. With
 * `appCode: false` the app's own cached scripts and pages are left out: they name things like
 * consent scopes in their code, which says nothing about any child.
 */
export async function dumpStorage(page: Page, opts: { appCode?: boolean } = {}): Promise<string> {
  return page.evaluate(async (appCode) => {
    const out: string[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const utf16 = new TextDecoder('utf-16le', { fatal: false });
    const walk = (v: unknown): void => {
      if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
        const bytes =
          v instanceof ArrayBuffer
            ? new Uint8Array(v)
            : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
        out.push(decoder.decode(bytes), utf16.decode(bytes));
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        Object.entries(v).forEach(([k, x]) => (out.push(k), walk(x)));
      else out.push(String(v));
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name).objectStore(name);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (req) => new Promise<unknown[]>((res) => (req.onsuccess = () => res(req.result)))
          )
        );
        walk(keys);
        walk(values);
      }
      db.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const req of await cache.keys()) {
        if (!appCode && /\.(js|css|html|json|webmanifest)(\?|$)/.test(req.url)) continue;
        out.push(req.url, await (await cache.match(req))!.text());
      }
    }
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      out.push(k, localStorage.getItem(k) ?? '');
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i)!;
      out.push(k, sessionStorage.getItem(k) ?? '');
    }
    return out.join('\n');
  }, opts.appCode ?? true);
}
