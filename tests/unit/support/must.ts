/** `value`, or the test fails here: for lookups a test has just made sure of. */
export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}
