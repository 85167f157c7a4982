// Two windows edited the same thing: nobody's edit is silently lost. A field changed on one
// side only keeps that change; a field both changed differently waits for a person to choose
// (theirs, mine, or for text both), never "last write wins".

export type MergeChoice = 'mine' | 'theirs' | 'both';

export interface MergeResult<T> {
  /** Every one-sided change applied; conflicting fields hold the other window's value. */
  merged: T;
  /** Fields both windows changed to different values. */
  conflicts: (keyof T & string)[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Three-way merge of an edit (`mine`) with a newer save (`theirs`) of the same `base`. */
export function mergeEdits<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  fields: readonly (keyof T & string)[]
): MergeResult<T> {
  const merged = { ...theirs };
  const conflicts: (keyof T & string)[] = [];
  for (const f of fields) {
    const iChanged = !same(base[f], mine[f]);
    const theyChanged = !same(base[f], theirs[f]);
    if (iChanged && !theyChanged) merged[f] = mine[f];
    else if (iChanged && theyChanged && !same(mine[f], theirs[f])) conflicts.push(f);
  }
  return { merged, conflicts };
}

/** Whether "keep both" makes sense for a field: text both sides wrote. */
export function canKeepBoth(mine: unknown, theirs: unknown): boolean {
  return typeof mine === 'string' && typeof theirs === 'string';
}

/** Applies the person's choice for each conflicting field; "both" keeps both texts, theirs first. */
export function resolveMerge<T extends object>(
  result: MergeResult<T>,
  mine: T,
  choices: Partial<Record<keyof T & string, MergeChoice>>
): T {
  const out = { ...result.merged };
  for (const f of result.conflicts) {
    const choice = choices[f] ?? 'theirs';
    const theirs = result.merged[f];
    if (choice === 'mine') out[f] = mine[f];
    else if (choice === 'both' && canKeepBoth(mine[f], theirs))
      out[f] = `${String(theirs)}\n\n${String(mine[f])}` as T[typeof f];
  }
  return out;
}
