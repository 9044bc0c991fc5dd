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

/**
 * Content categories of renovation works (国办发〔2020〕23号): basic (基础类: water, power, gas, fire
 * safety, roads, roofs and structure; mandatory), improvement (完善类: aging-friendly, elevators,
 * parking, sponge works …) and upgrade (提升类: community services).
 */
export const CATEGORIES = ['basic', 'improvement', 'upgrade'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The category of an item that does not state one: basic for the guidance's basic components, else improvement. */
export function defaultCategory(component: Component): Category {
  return component === 'water' ||
    component === 'power' ||
    component === 'gas' ||
    component === 'fireSafety' ||
    component === 'roads' ||
    component === 'structure'
    ? 'basic'
    : 'improvement';
}
