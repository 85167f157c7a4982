// Read-aloud with the device's own voice, where one exists for the language. Offline voices
// (localService) are preferred; nothing is sent anywhere.

/** The best offline voice for a language, or null. */
export function voiceFor(lang: string): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  const voices = speechSynthesis.getVoices().filter((v) => v.localService);
  const base = lang.toLowerCase();
  return (
    voices.find((v) => v.lang.toLowerCase() === base) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(`${base}-`)) ??
    null
  );
}

/** Speaks a text; false when this device has no offline voice for the language. */
export function speak(text: string, lang: string): boolean {
  const voice = voiceFor(lang);
  if (!voice) return false;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.9;
  speechSynthesis.speak(u);
  return true;
}

/** Splits a text into sentences, the units read-aloud highlights. */
export function sentencesOf(text: string, lang: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const parts = Segmenter
    ? [...new Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment)
    : text.split(/(?<=[.!?।။።؟])\s+/);
  return parts.map((s) => s.trim()).filter(Boolean);
}

/**
 * Speaks sentences one after another, telling which one is being read (so it can be
 * highlighted); false when the device has no offline voice for the language. Must be called
 * inside a tap: some browsers only let a page speak after the user did something.
 */
export function speakSentences(
  sentences: readonly string[],
  lang: string,
  on: { sentence(i: number): void; end(): void }
): boolean {
  const voice = voiceFor(lang);
  if (!voice) return false;
  speechSynthesis.cancel();
  sentences.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    u.onstart = () => on.sentence(i);
    if (i === sentences.length - 1) {
      u.onend = () => on.end();
      u.onerror = () => on.end();
    }
    speechSynthesis.speak(u);
  });
  if (sentences.length === 0) on.end();
  return true;
}

/** Stops any speech. */
export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
