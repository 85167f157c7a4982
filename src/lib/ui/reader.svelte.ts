// Read-aloud for a card or a leaflet section. A human recording of the text in the language,
// when the case manager made one, comes first (they made it because they prefer it); then the
// device's own offline voice, sentence by sentence with the sentence being read highlighted;
// otherwise there is nothing to play and the text is read by a person in the room.
import { speakSentences, stopSpeaking } from './speech';
import { voices } from './voices.svelte';

export type ReadMode = 'speech' | 'recording';

/** Where human recordings come from (the runner or the page hands one in; ui never reads storage). */
export interface ReadingSource {
  recording(textId: string, lang: string): Promise<Blob | null>;
}

export class Reader {
  #source: ReadingSource | null;
  #textId: string;
  #lang: string;
  #url = $state<string | null>(null);
  #ready = $state(false);
  #playing = $state<ReadMode | null>(null);
  #sentence = $state(-1);
  #audio: HTMLAudioElement | null = null;

  constructor(source: ReadingSource | null, textId: string, lang: string) {
    this.#source = source;
    this.#textId = textId;
    this.#lang = lang;
  }

  /** Looks for a recording ahead of the tap, so the tap can start playing at once. */
  async prepare(): Promise<void> {
    const blob = this.#source
      ? await this.#source.recording(this.#textId, this.#lang).catch(() => null)
      : null;
    if (blob) this.#url = URL.createObjectURL(blob);
    this.#ready = true;
  }

  get ready(): boolean {
    return this.#ready;
  }
  /** How this text would be read: a recording, the device's voice, or not at all. */
  get mode(): ReadMode | null {
    if (this.#url) return 'recording';
    return voices.has(this.#lang) ? 'speech' : null;
  }
  get playing(): ReadMode | null {
    return this.#playing;
  }
  /** The sentence being read by the device's voice (-1: none). */
  get sentence(): number {
    return this.#sentence;
  }

  /** Reads the text; resolves to the mode used, or null when nothing can read it. */
  read(sentences: readonly string[]): ReadMode | null {
    this.stop();
    if (this.#url) {
      const audio = new Audio(this.#url);
      this.#audio = audio;
      audio.onended = () => this.#done();
      audio.onerror = () => this.#done();
      this.#playing = 'recording';
      audio.play().catch(() => this.#done());
      return 'recording';
    }
    const spoke = speakSentences(sentences, this.#lang, {
      sentence: (i) => (this.#sentence = i),
      end: () => this.#done()
    });
    if (!spoke) return null;
    this.#playing = 'speech';
    return 'speech';
  }

  stop(): void {
    if (this.#audio) {
      this.#audio.pause();
      this.#audio = null;
    }
    if (this.#playing === 'speech') stopSpeaking();
    this.#done();
  }

  /** Stops and lets go of the recording (when the card goes away). */
  dispose(): void {
    this.stop();
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = null;
  }

  #done() {
    this.#playing = null;
    this.#sentence = -1;
  }
}
