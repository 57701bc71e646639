import type { BuildOptions } from "esbuild";

/** See harness-build.mjs. */
export declare const HARNESS_BUILD: BuildOptions;
