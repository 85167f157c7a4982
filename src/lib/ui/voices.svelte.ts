// Which languages this device can read aloud offline. Voices load late on some browsers
// (Chrome fills the list after `voiceschanged`), so the answer is reactive.
import { voiceFor } from './speech';

export class Voices {
  #revision = $state(0);
  #started = false;

  #start() {
    if (this.#started || typeof speechSynthesis === 'undefined') return;
    this.#started = true;
    speechSynthesis.addEventListener('voiceschanged', () => this.#revision++);
    // Asking once makes browsers that load lazily start loading.
    speechSynthesis.getVoices();
  }

  /** Whether the device has an offline voice for a language ('none' where speech is missing). */
  has(lang: string): boolean {
    this.#start();
    void this.#revision;
    return voiceFor(lang) !== null;
  }
}

export const voices = new Voices();
