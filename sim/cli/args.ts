/** Commander argument parsers with bounds and clear messages (exit 2 on a bad value). */
import { InvalidArgumentError } from 'commander';

/** Parse an integer flag within bounds (commander argument parser). */
export function intArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be an integer between ${min} and ${max}, got "${v}"`);
    }
    return n;
  };
}

/** Parse a number flag within bounds. */
export function numArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a number between ${min} and ${max}, got "${v}"`);
    }
    return n;
  };
}
