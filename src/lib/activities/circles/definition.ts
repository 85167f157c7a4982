// Circles of close people: the child adds people (a name and a picture) and places each in the
// inner, middle or outer circle around "me". Moving someone is a new result that supersedes.
import {
  type PERSON_PICTURES,
  type CirclePayload,
  type Person,
  type PersonPicture,
  type Ring
} from '$lib/domain/payloads';
import { currentResults, ofKind, type Result } from '$lib/domain/results';
import { baseAdaptation, type ActivityDefinition, type Pictograms } from '../types';
import { timesMoved } from '../types';

export { RINGS, PERSON_PICTURES } from '$lib/domain/payloads';
export type { Ring, PersonPicture, Person, CirclePayload } from '$lib/domain/payloads';
/** Every person picture is a pictogram the app has. */
export type PersonPictograms = Pictograms<typeof PERSON_PICTURES>;

export const NAME_MAX = 60;

/** A new person from what the child typed and chose; the name may be empty. */
export function makePerson(id: string, name: string, picture: PersonPicture): Person {
  return { id, name: name.trim().slice(0, NAME_MAX), picture };
}

/** Everyone placed so far, each in the circle of their latest placement. */
export function placements(results: readonly Result[]): CirclePayload[] {
  return currentResults(ofKind(results, 'circle')).map((r) => r.payload);
}

/** Where on the picture a person sits: a ring's radius and an angle, spread evenly. */
export function seat(ring: Ring, index: number, count: number): { x: number; y: number } {
  const radius = { inner: 17, middle: 31, outer: 44 }[ring];
  const turn = { inner: 0, middle: 0.5, outer: 0.25 }[ring];
  const angle = ((index + turn) / Math.max(1, count)) * 2 * Math.PI - Math.PI / 2;
  return { x: 50 + radius * Math.cos(angle), y: 50 + radius * Math.sin(angle) };
}

export const definition: ActivityDefinition = {
  id: 'circles',
  picture: 'family',
  resultKinds: ['circle'],
  adapt: baseAdaptation,
  component: () => import('./Circles.svelte'),
  summarise: ({ current, all, t }) =>
    ofKind(current, 'circle').map((r) => {
      const p = r.payload;
      return {
        text: t('caseworker:results.circle', {
          name: p.person.name || t(`child:pictures.${p.person.picture}`),
          ring: t(`child:circles.rings.${p.ring}`)
        }),
        moved: timesMoved(all, r)
      };
    })
};
