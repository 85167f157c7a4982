// SHA-256 as lowercase hex: the one digest Heard shows and compares (a text shown to a child or
// guardian, a record's content, a hand-over PIN). WebCrypto only; pure apart from that.

/** The SHA-256 of a text (UTF-8) or of bytes, as 64 lowercase hex digits. */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
