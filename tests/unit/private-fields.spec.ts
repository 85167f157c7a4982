// Every text field of the app keeps what is typed out of the browser's autofill database and
// session-restore files: `autocomplete="off"` on each <input> and <textarea> that takes text.
// Passphrase fields keep their password hints; they never hold anything about a child.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src');
const NOT_TEXT = new Set(['checkbox', 'radio', 'file', 'range', 'button', 'submit', 'color']);
const PASSWORD_HINTS = new Set(['current-password', 'new-password']);

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return path.endsWith('.svelte') ? [path] : [];
  });
}

/** Text fields whose opening tag does not keep their content out of the browser's files. */
function leakyFields(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/<(input|textarea)\b([^>]*?)\/?>/gs)) {
    const attrs = m[2] ?? '';
    const type =
      /\btype="(\w+)"/.exec(attrs)?.[1] ?? (attrs.includes('{type}') ? 'dynamic' : 'text');
    if (NOT_TEXT.has(type)) continue;
    const ac = /\bautocomplete="([^"]*)"/.exec(attrs)?.[1];
    // TextField forwards its `autocomplete` prop, which defaults to "off".
    const forwarded = /\{autocomplete\}/.test(attrs);
    const ok = ac === 'off' || forwarded || (type === 'password' && PASSWORD_HINTS.has(ac ?? ''));
    if (!ok) {
      const line = source.slice(0, m.index).split('\n').length;
      out.push(`line ${line}: <${m[1]} type=${type} autocomplete=${ac ?? '(none)'}>`);
    }
  }
  return out;
}

describe('text fields and the browser’s own files', () => {
  it('finds a field without autocomplete="off" (the check itself works)', () => {
    expect(leakyFields('<textarea bind:value={x}></textarea>')).toHaveLength(1);
    expect(leakyFields('<input\n  id="g-name"\n  autocomplete="name"\n/>')).toHaveLength(1);
    expect(leakyFields('<input type="checkbox" />')).toEqual([]);
    expect(leakyFields('<input type="password" autocomplete="current-password" />')).toEqual([]);
    expect(leakyFields('<input autocomplete="off" type="search" />')).toEqual([]);
  });

  it('every text input and textarea in the app has autocomplete="off"', () => {
    const problems = svelteFiles(ROOT).flatMap((file) =>
      leakyFields(readFileSync(file, 'utf8')).map((p) => `${relative(ROOT, file)} ${p}`)
    );
    expect(problems).toEqual([]);
  });

  it('the shared TextField defaults to autocomplete="off"', () => {
    const source = readFileSync(join(ROOT, 'lib/ui/TextField.svelte'), 'utf8');
    expect(source).toMatch(/autocomplete = 'off'/);
  });
});
