// Ends child or guardian mode and gives the tablet back to the case manager: their language
// again, on the session the hand-over started from (or the record, after feedback).
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { i18n } from '$lib/i18n/i18n.svelte';
import { isLanguageCode } from '$lib/i18n/languages';
import { childMode } from '$lib/session/child-mode.svelte';

export async function handBack(): Promise<void> {
  const m = childMode.marker;
  childMode.leave();
  if (m && isLanguageCode(m.adultLang) && m.adultLang !== i18n.lang) {
    await i18n.setLanguage(m.adultLang, { remember: false });
  }
  if (m?.mode === 'feedback') {
    await goto(resolve('/cases/[id]/record', { id: m.caseId }), { replaceState: true });
  } else if (m) {
    await goto(resolve('/cases/[id]/sessions/[sid]', { id: m.caseId, sid: m.sessionId }), {
      replaceState: true
    });
  } else {
    await goto(resolve('/'), { replaceState: true });
  }
}
