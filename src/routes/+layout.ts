import { redirect } from '@sveltejs/kit';
import { i18n } from '$lib/i18n/i18n.svelte';
import { childMode } from '$lib/session/child-mode.svelte';
import { storage } from '$lib/session/storage-state';

// The whole app renders in the browser: its data lives on the device. Static pages are still
// prerendered as shells so each URL has a file; everything else uses the SPA fallback.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

let started: Promise<void> | null = null;

export const load = async ({ url }) => {
  started ??= (async () => {
    void storage.open();
    // A hand-over whose quick copy was lost to a crash still holds the tablet.
    await Promise.all([i18n.init(), childMode.restore()]);
  })();
  await started;
  // Child mode holds the tablet: a reload, a typed address, a deep link or the back button
  // all land on the child's screen until the case manager leaves child mode. Reading
  // url.pathname makes this run on every navigation.
  if (childMode.active && url.pathname !== childMode.route) redirect(307, childMode.route);
  return {};
};
