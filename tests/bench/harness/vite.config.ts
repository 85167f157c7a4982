import { defineConfig } from 'vite';

// Builds the storage benchmark harness: the app's storage modules on a bare page.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/harness/',
  logLevel: 'warn',
  build: { outDir: process.env.HEARD_HARNESS_OUT ?? '/tmp/heard-harness', emptyOutDir: true },
  define: { __APP_VERSION__: '"bench"', __LICENCES__: '[]' }
});
