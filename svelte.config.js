import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Fully static output. Pages whose data lives in IndexedDB (a case, a session) cannot be
    // prerendered per id, so every unknown path is answered by the SPA fallback page.
    adapter: adapter({ fallback: '200.html', precompress: true, strict: true }),
    // The PWA plugin owns the service worker (registerType prompt).
    serviceWorker: { register: false },
    // Small stylesheets go inline: fewer round trips before the first screen paints.
    inlineStyleThreshold: 8192,
    prerender: { handleHttpError: 'fail' }
  }
};

export default config;
