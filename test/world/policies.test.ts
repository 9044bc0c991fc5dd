import { describe, expect, it } from 'vitest';
import { localizedMessage } from '../../scenarios/messages.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { compilePolicies, refreshPolicies } from '../../sim/world/policies.js';

describe('policy values at run time', () => {
  const scenario = structuredClone(loadScenarioFile('scenarios/demo-small.yaml').scenario);
  scenario.government.householdSubsidy.rmbPerHousehold = '20000 - 10000 * (year - 2024)';

  it('evaluates expressions each tick and refuses a result out of bounds, in English and Chinese', () => {
    const p = compilePolicies(scenario);
    refreshPolicies(p, 2025, 1, 6);
    expect(p.now.householdSubsidyRmb).toBe(10_000);
    let err: unknown;
    try {
      refreshPolicies(p, 2027, 3, 32);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(
      /^policy householdSubsidyRmb = "20000 - 10000 \* \(year - 2024\)" gives -10000 at 2027-03; expected 0\.\.\d+$/,
    );
    const zh = localizedMessage(err, 'zh');
    expect(zh).toMatch(
      /^政策 householdSubsidyRmb = "20000 - 10000 \* \(year - 2024\)" 在 2027-03 的取值为 -10000，应在 0 到 \d+ 之间$/,
    );
  });
});
