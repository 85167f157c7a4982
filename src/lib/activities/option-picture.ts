// Each option's picture, from the option table (domain/options.ts): the same on the card, in
// the ranking and in the feedback to the child.
import { OPTION_KINDS, OPTIONS, type OptionKind } from '$lib/domain/options';
import type { Pictograms } from './types';

/** Every option's picture is a pictogram the app has: a type error otherwise. */
type OptionPictogram = Pictograms<[(typeof OPTIONS)[OptionKind]['picture']]>[number];

export const OPTION_PICTURE = Object.fromEntries(
  OPTION_KINDS.map((k) => [k, OPTIONS[k].picture])
) as Record<OptionKind, OptionPictogram>;
