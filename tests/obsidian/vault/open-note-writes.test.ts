// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { confirm, openInEditor, runCommand, settle, typeActivity } from "../actions";
import { VAULT } from "../fixture-vault";
import { context, loadPlugin } from "../harness";

describe("writes to an open note go through its editor, so Ctrl+Z undoes them", () => {
	it("add activity: only what changes, into the editor", async () => {
		const path = "Kunden/Schulz Druck.md";
		const { app, plugin } = await loadPlugin(VAULT);
		const before = app.vault.text(app.file(path));
		const replaced = openInEditor(app, path);
		app.workspace.openNote(app.file(path));
		runCommand(plugin, "add-activity");
		const modal = typeActivity("Herrn Schulz am 3.12. die Muster zeigen");
		confirm(modal);
		await settle();
		expect(replaced).toHaveLength(1);
		expect(replaced[0]?.[0]).toMatch(/\n- \[ \] Herrn Schulz am 3\.12\. die Muster zeigen 📅 \d{4}-12-03\n$/);
		expect(app.vault.text(app.file(path))).toBe(before);
	});

	it("insert daily review: the review section, into the editor", async () => {
		const { app, plugin } = await loadPlugin(
			{ ...VAULT, "Tagesnotizen/2026-11-23.md": "# Montag\n" },
			{ dailyNoteFolder: "Tagesnotizen", dailyNotesFromCore: false },
		);
		const path = `Tagesnotizen/${context(plugin).index.current.today}.md`;
		const replaced = openInEditor(app, path);
		runCommand(plugin, "insert-daily-review");
		await settle();
		expect(replaced).toHaveLength(1);
		expect(replaced[0]?.[0]).toContain("%% kundendossier-review:start %%");
		expect(app.vault.text(app.file(path))).toBe("# Montag\n");
	});
});
