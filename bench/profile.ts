import { performance } from "node:perf_hooks";
import { readVault } from "../src/cli/read-vault";
import { buildIndex } from "../src/core/index/build-index";
import { withDefaults } from "../src/core/settings/settings";
const notes = readVault(process.argv[2] ?? ".bench/vault-1000").notes;
let best = Infinity;
for (let i = 0; i < 8; i++) { const t = performance.now(); buildIndex(notes, withDefaults(), "2026-11-23"); best = Math.min(best, performance.now() - t); }
console.log(`best build: ${best.toFixed(1)} ms`);
