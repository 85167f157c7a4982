// My own words: typed by the child, or by the case manager verbatim (the original language and
// a translation kept as separate fields), or a voice note kept only with the child's permission.
import type { VoicePayload, VoicePermissionPayload, WordsPayload } from '$lib/domain/payloads';
import { baseAdaptation, type ActivityDefinition, type SummaryLine } from '../types';

export const TEXT_MAX = 8000;

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

export type {
  TypedBy,
  WordsPayload,
  VoicePermissionPayload,
  VoicePayload
} from '$lib/domain/payloads';

/** The words as they will be kept, or null when there is nothing to keep. */
export function cleanWords(p: WordsPayload): WordsPayload | null {
  const text = p.text.trim().slice(0, TEXT_MAX);
  if (!text) return null;
  const translation = p.translation?.trim().slice(0, TEXT_MAX);
  return translation
    ? { text, typedBy: p.typedBy, language: p.language, translation }
    : { text, typedBy: p.typedBy, language: p.language };
}

/** A recording is kept only after the child said yes, and only until they take it back. */
export function voiceAllowed(results: readonly { kind: string; payload: unknown }[]): boolean {
  const last = results.findLast((r) => r.kind === 'voice-permission');
  return (last?.payload as VoicePermissionPayload | undefined)?.granted === true;
}

export const definition: ActivityDefinition = {
  id: 'own-words',
  picture: 'speech',
  resultKinds: ['words', 'voice-permission', 'voice'],
  adapt: baseAdaptation,
  component: () => import('./OwnWords.svelte'),
  shareAs: 'words',
  summarise: ({ current, t }) =>
    current.flatMap((r): SummaryLine[] => {
      if (r.kind === 'voice-permission')
        return [
          {
            text: (r.payload as VoicePermissionPayload).granted
              ? t('caseworker:results.voiceAllowed')
              : t('caseworker:results.voiceRefused')
          }
        ];
      if (r.kind === 'voice') {
        const p = r.payload as VoicePayload;
        return [
          {
            text: t('caseworker:results.voice', {
              count: seconds(p.durationMs),
              seconds: seconds(p.durationMs)
            }),
            voiceId: p.mediaId
          }
        ];
      }
      const p = r.payload as WordsPayload;
      const lines: SummaryLine[] = [
        {
          text: t(`caseworker:results.typedBy.${p.typedBy}`),
          quote: { text: p.text, lang: p.language }
        }
      ];
      if (p.translation)
        lines.push({ text: t('caseworker:results.translation', { text: p.translation }) });
      return lines;
    })
};
