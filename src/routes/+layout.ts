import { i18n } from '$lib/i18n/i18n.svelte';
import { storage } from '$lib/storage/storage.svelte';

// The whole app renders in the browser: its data lives on the device. Static pages are still
// prerendered as shells so each URL has a file; everything else uses the SPA fallback.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

let started: Promise<void> | null = null;

export const load = async () => {
  started ??= (async () => {
    void storage.open();
    await i18n.init();
  })();
  await started;
  return {};
};
