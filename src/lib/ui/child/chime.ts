// A soft two-note chime made on the device (no sound files, nothing fetched), and the mute
// switch that silences it. Muting is remembered on this tablet.
const MUTE_KEY = 'heard.muted';
let audio: AudioContext | null = null;

export function isMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setMuted(muted: boolean): void {
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  } catch {
    // Not remembered; the switch still works for now.
  }
}

/** Plays the chime unless muted; silently does nothing where audio is unavailable. */
export function chime(): void {
  if (isMuted() || typeof AudioContext === 'undefined') return;
  try {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    for (const [i, freq] of [523.25, 783.99].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const start = now + i * 0.16;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.18, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(start);
      osc.stop(start + 0.65);
    }
  } catch {
    // A device without audio output: the animation alone says "done".
  }
}
