/** Build the explorer into `outDir` (default dist-web/); resolves to the folder's absolute path. */
export function buildWeb(outDir?: string, options?: { minify?: boolean }): Promise<string>;
