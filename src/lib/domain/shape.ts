// Small shape checks for values read back from storage or from a file: each check returns the
// path of the first thing that is wrong ("" for the value itself), or null when the value fits.
// Hand-written rather than a schema library so storage can use them without pulling one in.

/** A check: the path of the first problem, or null when the value has the expected shape. */
export type Shape = (value: unknown, path?: string) => string | null;

const at = (path: string | undefined, key: string | number) =>
  path ? `${path}.${key}` : String(key);

export const str: Shape = (v, p = '') => (typeof v === 'string' ? null : p);
export const bool: Shape = (v, p = '') => (typeof v === 'boolean' ? null : p);
export const num: Shape = (v, p = '') => (typeof v === 'number' && Number.isFinite(v) ? null : p);
export const int: Shape = (v, p = '') => (Number.isInteger(v) ? null : p);
/** Anything at all (an optional free-form field). */
export const any: Shape = () => null;

/** One of a fixed set of values. */
export function oneOf(values: readonly unknown[]): Shape {
  return (v, p = '') => (values.includes(v) ? null : p);
}

/** Null, or the shape. */
export function nullable(shape: Shape): Shape {
  return (v, p = '') => (v === null ? null : shape(v, p));
}

/** Fits the first shape or the second. */
export function either(a: Shape, b: Shape): Shape {
  return (v, p = '') => (a(v, p) === null ? null : b(v, p));
}

/** An array whose every item has the shape. */
export function arrayOf(item: Shape): Shape {
  return (v, p = '') => {
    if (!Array.isArray(v)) return p;
    for (let i = 0; i < v.length; i++) {
      const bad = item(v[i], at(p, i));
      if (bad !== null) return bad;
    }
    return null;
  };
}

/** An object whose every value has the shape (a map keyed by id or option). */
export function recordOf(value: Shape): Shape {
  return (v, p = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return p;
    for (const [k, x] of Object.entries(v)) {
      const bad = value(x, at(p, k));
      if (bad !== null) return bad;
    }
    return null;
  };
}

/**
 * An object with the required fields, and the optional ones either absent (or undefined) or of
 * their shape. Other fields are allowed: a newer version may add some.
 */
export function object(
  required: Record<string, Shape>,
  optional: Record<string, Shape> = {}
): Shape {
  return (v, p = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return p;
    const o = v as Record<string, unknown>;
    for (const [k, shape] of Object.entries(required)) {
      const bad = shape(o[k], at(p, k));
      if (bad !== null) return bad;
    }
    for (const [k, shape] of Object.entries(optional)) {
      if (o[k] === undefined) continue;
      const bad = shape(o[k], at(p, k));
      if (bad !== null) return bad;
    }
    return null;
  };
}
