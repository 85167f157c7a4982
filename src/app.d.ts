// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  const __APP_VERSION__: string;
  const __LICENCES__: { name: string; version: string; licence: string }[];
  namespace App {
    // interface Error {}
    // interface Locals {}
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
