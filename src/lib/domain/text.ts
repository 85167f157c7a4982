// Plain-text hygiene for names typed by people: what a name may not carry.

// Bidirectional embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI,
// FSI, PDI). A U+202E in a child's name would show every later word of a sentence reversed;
// the page isolates names itself, so these are never needed inside one.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A name as it may be stored and shown: bidi control characters removed, spaces trimmed. */
export function cleanName(text: string): string {
  return text.replace(BIDI_CONTROLS, '').trim();
}
