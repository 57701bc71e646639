import "./dom-globals";
import type { App } from "obsidian";
import KundendossierPlugin from "../src/obsidian/main";
import { FakeApp } from "../tests/obsidian/fake/app";
import { percentile, timeAsync } from "./measure";

/** onload against the Obsidian fake: registration only, so it must not grow with the vault. */
export async function onloadTime(files: Record<string, string>): Promise<number> {
	const samples: number[] = [];
	for (let i = 0; i < 30; i++) {
		const app = new FakeApp(files);
		const plugin = new KundendossierPlugin(app as unknown as App, { id: "kundendossier", version: "0" } as never);
		samples.push(await timeAsync(() => plugin.onload()));
		plugin.unload();
	}
	return percentile(samples, 50);
}
