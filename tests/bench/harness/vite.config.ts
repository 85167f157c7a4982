import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the benchmark harness: the app's storage modules on a bare page (index.html), and
// the app's drawing canvas beside a bare-canvas baseline (draw.html).
const root = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root,
  base: '/harness/',
  logLevel: 'warn',
  plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
  resolve: { alias: { $lib: fileURLToPath(new URL('../../../src/lib', import.meta.url)) } },
  build: {
    outDir: process.env.HEARD_HARNESS_OUT ?? '/tmp/heard-harness',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: `${root}index.html`,
        draw: `${root}draw.html`,
        record: `${root}record.html`
      }
    }
  },
  define: { __APP_VERSION__: '"bench"', __LICENCES__: '[]' }
});
