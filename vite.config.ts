import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Packages whose code ships inside the app, credited on the About screen. */
const BUNDLED = [
  'svelte',
  '@sveltejs/kit',
  'i18next',
  'idb',
  'workbox-window',
  'workbox-precaching',
  'workbox-routing'
];

function licences() {
  return BUNDLED.map((name) => {
    const meta = JSON.parse(
      readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), 'utf8')
    ) as { version: string; license?: string };
    return { name, version: meta.version, licence: meta.license ?? 'see package' };
  });
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __LICENCES__: JSON.stringify(licences())
  },
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      registerType: 'prompt',
      injectRegister: false,
      // Absolute, not relative to the first page: a first visit at a deep link
      // (/cases/…/sessions/…) must register /sw.js for the whole app, or it never works offline.
      base: '/',
      scope: '/',
      kit: { adapterFallback: '200.html', spa: true, includeVersionFile: true },
      manifest: {
        id: '/',
        name: 'Heard',
        short_name: 'Heard',
        description: "Hearing children's views in child-protection work",
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f5f5b',
        background_color: '#fbf7f0',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable'
          }
        ]
      },
      workbox: {
        globPatterns: [
          'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,json}',
          'prerendered/**/*.{html,json}'
        ],
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once (offline from the first load); later versions
        // still wait for the user, because skipWaiting stays off.
        clientsClaim: true,
        skipWaiting: false
      },
      devOptions: { enabled: false }
    })
  ],
  server: { host: '127.0.0.1' },
  build: {
    // Fonts stay files (fetched only when a script is on screen), never inlined into the CSS.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    rolldownOptions: {
      output: {
        // One chunk for the libraries the first screen needs, instead of many small requests.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules\/(?!workbox)/ }] }
      }
    }
  },
  test: {
    include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
    environment: 'node'
  }
});
