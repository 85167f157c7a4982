// Free drawing: "draw anything you like". A joining activity: kept, never counted as a view.
import { baseAdaptation, type ActivityDefinition } from '../types';

export interface DrawingPayload {
  drawingId: string;
  /** How many marks were on the paper when the child finished. */
  marks: number;
  prompt?: string;
}

export const definition: ActivityDefinition = {
  id: 'free-drawing',
  picture: 'crayon',
  resultKinds: ['drawing'],
  adapt: baseAdaptation,
  component: () => import('./FreeDrawing.svelte'),
  summarise: ({ current, t }) =>
    current.map((r) => {
      const p = r.payload as DrawingPayload;
      return { text: t('caseworker:results.drawing', { count: p.marks }), drawingId: p.drawingId };
    })
};
