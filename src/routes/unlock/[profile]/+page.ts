// Profile ids live in IndexedDB: this page is served by the SPA fallback.
export const prerender = false;

export const load = ({ params }) => ({ profileId: params.profile });
