/**
 * The building blocks of the data dictionary (sim/outputs/definitions.ts for the metrics,
 * sim/outputs/indicator-definitions.ts for the key indicators): a text in both languages, a
 * definition with when it is undefined, and the undefined-conditions both lists share.
 */

/** A text in both languages. */
export interface Words {
  en: string;
  zh: string;
}

/** What a metric or indicator is, and when it is undefined (null: always defined). */
export interface Definition {
  definition: Words;
  undefinedWhen: Words | null;
}

export const d = (en: string, zh: string, undefinedWhen: Words | null = null): Definition => ({
  definition: { en, zh },
  undefinedWhen,
});
export const u = (en: string, zh: string): Words => ({ en, zh });

/** Undefined: long-term management is off or no community has entered it yet. */
export const NO_MANAGED_SCOPE = u(
  'long-term management is not modelled, or no community has completed its renovation in the run yet',
  '未模拟长效管理，或本次运行尚无完成改造的小区',
);
export const NO_VOTE = u('no vote has been held yet in the run', '本次运行尚未进行任何表决');
