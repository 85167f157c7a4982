// Drawing on a prompt: a view, tagged with the factor and time the prompt is about.
import { ofKind, type Factor, type Time } from '$lib/domain/results';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition } from '../types';

export const DRAWING_PROMPTS = {
  family: { picture: 'family', factor: 'family', time: 'present' },
  place: { picture: 'house', factor: 'home', time: 'present' },
  wish: { picture: 'sparkles', time: 'future' }
} as const satisfies Record<string, { picture: Pictogram; factor?: Factor; time: Time }>;
export type DrawingPromptId = keyof typeof DRAWING_PROMPTS;

export const definition: ActivityDefinition = {
  id: 'drawing-prompt',
  picture: 'palette',
  resultKinds: ['drawing'],
  adapt: baseAdaptation,
  component: () => import('./DrawingPrompt.svelte'),
  shareAs: 'drawings',
  summarise: ({ current, t }) =>
    ofKind(current, 'drawing').map((r) => {
      const p = r.payload;
      const prompt =
        p.prompt && p.prompt in DRAWING_PROMPTS ? (p.prompt as DrawingPromptId) : 'family';
      return {
        text: t('caseworker:results.drawingPrompt', {
          prompt: t(`child:draw.prompts.${prompt}`),
          count: p.marks
        }),
        drawingId: p.drawingId
      };
    })
};
