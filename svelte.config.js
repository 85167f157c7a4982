import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hashes of the inline scripts of app.html (the one that sets language, direction and
 * contrast before the first paint), so the Content-Security-Policy allows them and nothing
 * else inline. SvelteKit adds the hashes of its own start-up scripts itself.
 */
function appHtmlScriptHashes() {
  const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      /** @type {`'sha256-${string}'`} */ (
        `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`
      )
  );
}

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
    prerender: { handleHttpError: 'fail' },
    // Nothing but the app's own files runs or loads. The policy goes into every page as a
    // <meta> tag; scripts/serve.mjs sends the same policy as a header. connect-src is the
    // app's own origin until a Primero or sync server is configured (see README).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', ...appHtmlScriptHashes()],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'media-src': ['self', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
