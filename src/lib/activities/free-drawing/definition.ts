// Free drawing: "draw anything you like". A joining activity: kept, never counted as a view.
import { ofKind } from '$lib/domain/results';
import { baseAdaptation, type ActivityDefinition } from '../types';

export type { DrawingPayload } from '$lib/domain/payloads';

export const definition: ActivityDefinition = {
  id: 'free-drawing',
  picture: 'crayon',
  resultKinds: ['drawing'],
  adapt: baseAdaptation,
  component: () => import('./FreeDrawing.svelte'),
  summarise: ({ current, t }) =>
    ofKind(current, 'drawing').map((r) => {
      const p = r.payload;
      return { text: t('caseworker:results.drawing', { count: p.marks }), drawingId: p.drawingId };
    })
};
