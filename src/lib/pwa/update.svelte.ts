// The service-worker update flow (registerType "prompt"): a new version waits until the user
// accepts it, and it can only be accepted from a screen where nothing is in progress.
import { busy } from '$lib/session/busy.svelte';

/** How often an open app asks the server for a new version while online. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

export type CheckOutcome = 'checking' | 'upToDate' | 'offline' | 'failed' | 'unsupported' | null;

export class UpdateState {
  #needRefresh = $state(false);
  #offlineReady = $state(false);
  #applying = $state(false);
  #check = $state<CheckOutcome>(null);
  #apply: ((reload?: boolean) => Promise<void>) | null = null;
  #registration: ServiceWorkerRegistration | null = null;

  get needRefresh() {
    return this.#needRefresh;
  }
  get offlineReady() {
    return this.#offlineReady;
  }
  get applying() {
    return this.#applying;
  }
  get lastCheck() {
    return this.#check;
  }
  /** An update may be applied now: one is waiting and nothing is in progress. */
  get canApply() {
    return this.#needRefresh && !busy.busy && !this.#applying;
  }

  /** Registers the service worker (browser only). */
  async register(): Promise<void> {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#apply = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.#needRefresh = true;
      },
      onOfflineReady: () => {
        this.#offlineReady = true;
      },
      // Reloading is done in apply(), on controllerchange: the plugin only reloads when the
      // page was already controlled at load, which misses updates found on a first visit.
      onNeedReload: () => {},
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        this.#registration = registration;
        setInterval(() => {
          if (navigator.onLine) void this.#update();
        }, UPDATE_CHECK_MS);
        // A tablet offline for days checks as soon as it is back online.
        addEventListener('online', () => void this.#update());
      }
    });
  }

  async #update(): Promise<boolean> {
    if (!this.#registration) return false;
    try {
      await this.#registration.update();
      return true;
    } catch {
      return false;
    }
  }

  /** Asks the server for a new version now (Settings offers this). */
  async checkNow(): Promise<void> {
    if (!this.#registration) {
      this.#check = 'unsupported';
      return;
    }
    if (!navigator.onLine) {
      this.#check = 'offline';
      return;
    }
    this.#check = 'checking';
    const ok = await this.#update();
    const reg = this.#registration;
    // A new worker that is still installing will call onNeedRefresh when it is ready.
    this.#check = !ok ? 'failed' : reg.installing || reg.waiting ? null : 'upToDate';
  }

  /** Activates the waiting version and reloads, if nothing is in progress. */
  async apply(): Promise<void> {
    if (!this.canApply || !this.#apply) return;
    this.#applying = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true
    });
    await this.#apply(true);
  }

  dismissOfflineReady() {
    this.#offlineReady = false;
  }
}

export const update = new UpdateState();
