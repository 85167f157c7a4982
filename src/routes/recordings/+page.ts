import { redirect } from '@sveltejs/kit';
import { workspace } from '$lib/session/workspace.svelte';

// Recordings are encrypted in the open profile's space: the page needs an unlocked workspace.
export const prerender = false;

export const load = ({ url }) => {
  if (!workspace.unlocked) redirect(307, '/');
  return { lang: url.searchParams.get('lang') ?? '' };
};
