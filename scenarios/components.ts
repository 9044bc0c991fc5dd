/**
 * The infrastructure components of a community (MODEL.md §2), in the order of `community.condition`.
 * Kept apart from the schema so the engine (workers, browser) can use them without the schema library.
 */
export const COMPONENTS = [
  'water',
  'power',
  'gas',
  'fireSafety',
  'roads',
  'sponge',
  'agingFriendly',
  'parking',
  'structure',
] as const;
export type Component = (typeof COMPONENTS)[number];
