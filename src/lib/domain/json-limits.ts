// Limits for JSON files read from outside (backups, imported records). JSON.parse itself copes
// with deep nesting, but everything that walks the result afterwards (schema checks,
// JSON.stringify, structured clone) recurses and overflows the stack, so depth is measured on
// the text first, iteratively, before anything parses it.

/** No Heard file nests anywhere near this deep (a record export is about 12 levels). */
export const JSON_MAX_DEPTH = 64;

/**
 * Whether JSON text nests objects and arrays deeper than `max`, scanning the text once without
 * recursion (brackets inside strings are skipped). Malformed text is left for JSON.parse.
 */
export function nestsDeeperThan(text: string, max = JSON_MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
