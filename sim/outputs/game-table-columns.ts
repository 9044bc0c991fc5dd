/**
 * The columns of the files `cogov game` writes for a payoff-table game (one spelling, shared by the
 * writer in sim/cli/game-table-out.ts and the owned-file check in sim/io/own-files.ts).
 */

/** equilibria.csv: one row per stage and equilibrium; eigenvalues λ1..λ3 (at a corner in x, y, z order). */
export const GAME_EQUILIBRIA_COLUMNS = [
  'stage',
  'stage_name',
  'x',
  'y',
  'z',
  'kind',
  'lambda1_re',
  'lambda1_im',
  'lambda2_re',
  'lambda2_im',
  'lambda3_re',
  'lambda3_im',
  'stability',
] as const;

/** outcomes.csv: one row per stage and start; ABM cells empty without agents, corner empty for none. */
export const GAME_OUTCOMES_COLUMNS = [
  'stage',
  'stage_name',
  'start_x',
  'start_y',
  'start_z',
  'end_x',
  'end_y',
  'end_z',
  'corner',
  'abm_end_x',
  'abm_end_y',
  'abm_end_z',
  'abm_corner',
] as const;

/** trajectories.csv of a payoff-table game: one row per stage, start ("x;y;z") and recorded time. */
export const GAME_TABLE_TRAJECTORIES_COLUMNS = ['stage', 'start', 't', 'x', 'y', 'z'] as const;

/** replicator.csv: the symbolic equations (stage empty) and each stage's numeric ones. */
export const GAME_REPLICATOR_COLUMNS = ['stage', 'stage_name', 'share', 'equation'] as const;

/** scan.csv: ESS corners per scanned value, then the located changes (change = 1). */
export const GAME_SCAN_COLUMNS = ['parameter', 'value', 'ess', 'change'] as const;

/** Every file a payoff-table game may write to --out. */
export const GAME_TABLE_FILES = [
  'equilibria.csv',
  'outcomes.csv',
  'trajectories.csv',
  'replicator.csv',
  'scan.csv',
  'report.html',
] as const;
