#!/usr/bin/env node
// The `cogov` command: a tiny bootstrap over the compiled CLI (built by `npm ci` through `prepare`).
import { main } from '../dist/sim/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
