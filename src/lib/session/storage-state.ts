// The app-wide storage state (open, blocked, unavailable, replaced; persistence refused), for
// the layout and the notices. A truly global singleton, so screens read the one instance.
export { storage, type StorageStatus } from '$lib/storage/storage.svelte';
