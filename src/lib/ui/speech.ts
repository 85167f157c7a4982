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
