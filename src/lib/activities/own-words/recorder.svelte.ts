// Records a voice note with MediaRecorder. The microphone is released as soon as recording
// stops; the audio stays in memory until the activity saves it (encrypted) or drops it.
export type RecorderState = 'idle' | 'recording' | 'recorded' | 'failed';

export class VoiceRecorder {
  #state = $state<RecorderState>('idle');
  #url = $state<string | null>(null);
  #blob: Blob | null = null;
  #started = 0;
  #duration = 0;
  #media: MediaRecorder | null = null;

  get state() {
    return this.#state;
  }
  /** A local address to play the recording before it is kept. */
  get url() {
    return this.#url;
  }
  get blob() {
    return this.#blob;
  }
  get durationMs() {
    return this.#duration;
  }

  async start(): Promise<void> {
    this.discard();
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream);
      media.ondataavailable = (e) => {
        if (e.data.size) chunks.push(e.data);
      };
      media.onstop = () => {
        for (const track of stream.getTracks()) track.stop();
        this.#duration = Date.now() - this.#started;
        this.#blob = new Blob(chunks, { type: media.mimeType || 'audio/webm' });
        this.#url = URL.createObjectURL(this.#blob);
        this.#state = 'recorded';
      };
      this.#media = media;
      this.#started = Date.now();
      media.start();
      this.#state = 'recording';
    } catch {
      this.#state = 'failed';
    }
  }

  stop(): void {
    if (this.#media?.state === 'recording') this.#media.stop();
  }

  discard(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = null;
    this.#blob = null;
    if (this.#state !== 'failed') this.#state = 'idle';
  }
}
