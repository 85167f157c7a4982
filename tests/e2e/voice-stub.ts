// A stand-in for the device's offline voice, for tests of read-aloud: it "speaks" at once
// and keeps the sentences it read in window.spoken.
import type { Page } from '@playwright/test';

/** A device voice for English that "speaks" instantly and says which sentences it read. */
export async function fakeVoice(page: Page) {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const voice = {
      name: 'Test voice',
      lang: 'en-GB',
      localService: true,
      default: true,
      voiceURI: 'test'
    };
    const queue: SpeechSynthesisUtterance[] = [];
    let busy = false;
    function next() {
      const u = queue.shift();
      if (!u) {
        busy = false;
        return;
      }
      busy = true;
      setTimeout(() => {
        spoken.push(u.text);
        u.onstart?.(new Event('start') as SpeechSynthesisEvent);
        setTimeout(() => {
          u.onend?.(new Event('end') as SpeechSynthesisEvent);
          next();
        }, 150);
      }, 10);
    }
    // A plain utterance: the real one only takes voices the browser made.
    class Utterance {
      text: string;
      voice: unknown = null;
      lang = '';
      rate = 1;
      onstart: ((e: Event) => void) | null = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        speak: (u: SpeechSynthesisUtterance) => {
          queue.push(u);
          if (!busy) next();
        },
        cancel: () => {
          queue.length = 0;
        },
        addEventListener: () => {},
        removeEventListener: () => {}
      }
    });
  });
}
