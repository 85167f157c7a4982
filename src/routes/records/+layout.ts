import { redirect } from '@sveltejs/kit';
import { workspace } from '$lib/session/workspace.svelte';

// Case data lives encrypted in IndexedDB: these pages use the SPA fallback and need an open
// workspace. A locked tablet (or a typed URL) goes back to the start screen to unlock.
export const prerender = false;

export const load = () => {
  if (!workspace.unlocked) redirect(307, '/');
  return {};
};
