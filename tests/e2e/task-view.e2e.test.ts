import { describe, expect, it } from "vitest";
import { groupOf } from "../../src/core/tasks/groups";
import { afterPaint, obsidianPerTest, type Obsidian } from "./support/browser";
import { cliIndex, vaultLines } from "./support/cli-index";

const startObsidian = obsidianPerTest();

const MUELLER = "Kunden/Müller Maschinenbau.md";
const OFFER = "Herrn Müller das Angebot Servicevertrag 2027 persönlich übergeben";
const offerLine = () => vaultLines(MUELLER).findIndex((l) => l.includes(OFFER)) + 1;

async function openTaskView(): Promise<Obsidian> {
	const o = await startObsidian();
	await o.page.locator('.side-dock-ribbon-action[aria-label="Aufgabenansicht öffnen"]').click();
	await o.page.locator(".kundendossier-tasks .kundendossier-task").first().waitFor();
	await afterPaint(o.page);
	return o;
}

const row = (o: Obsidian, path: string, line: number) => o.page.locator(`.kundendossier-task[data-path="${path}"][data-line="${line}"]`);

describe("task view", () => {
	it("groups every activity by its date exactly as the CLI reads the vault", async () => {
		const obsidian = await openTaskView();
		const shown = await obsidian.page
			.locator(".kundendossier-group")
			.evaluateAll((groups) =>
				groups.map((g) => [
					g.getAttribute("data-group"),
					[...g.querySelectorAll(".kundendossier-task")].map((r) => `${r.getAttribute("data-path")}:${r.getAttribute("data-line")}`).sort(),
				]),
			);
		const cli = cliIndex();
		const expected = new Map<string, string[]>();
		for (const a of cli.activities)
			expected.set(groupOf(a as never, cli.today), [...(expected.get(groupOf(a as never, cli.today)) ?? []), `${a.path}:${a.line}`]);
		expect(shown.map(([key]) => key)).toEqual(["overdue", "today", "next7", "later", "undated", "done"].filter((k) => expected.has(k)));
		expect(Object.fromEntries(shown)).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v.sort()])));
		await expect(obsidian.page.locator(".kundendossier-group > summary").first().textContent()).resolves.toMatch(/^Überfällig \(\d+\)$/);
	});

	it("flags vague activities with their reasons, and the Vage counter filters them", async () => {
		const obsidian = await openTaskView();
		const vague = cliIndex().activities.filter((a) => a.vague);
		const sample = vague.find((a) => a.reasons.includes("vague-phrase"));
		if (!sample) throw new Error("the example vault has a vague phrase");
		const reasons = await row(obsidian, sample.path, sample.line)
			.locator(".kundendossier-badge")
			.evaluateAll((els) => els.map((el) => el.getAttribute("data-reason")));
		expect(reasons).toEqual(sample.reasons);
		await expect(row(obsidian, sample.path, sample.line).locator(".kundendossier-task-suggestion").count()).resolves.toBe(1);

		const counter = obsidian.page.locator(".kundendossier-vague-counter");
		await expect(counter.textContent()).resolves.toBe(`${vague.length} vage`);
		await counter.click();
		await expect(counter.getAttribute("aria-pressed")).resolves.toBe("true");
		const rows = obsidian.page.locator(".kundendossier-task");
		await expect(rows.count()).resolves.toBe(vague.length);
		await expect(obsidian.page.locator(".kundendossier-task:not(.is-vague)").count()).resolves.toBe(0);
	});

	it("opens the note at the activity's line when its text is clicked", async () => {
		const obsidian = await openTaskView();
		await row(obsidian, MUELLER, offerLine()).locator(".kundendossier-task-text").click();
		const editor = obsidian.page.locator('.mod-root .workspace-leaf:not(.is-hidden) .workspace-leaf-content[data-type="markdown"]');
		await expect(editor.locator(".view-header-title").textContent()).resolves.toBe("Müller Maschinenbau");
		await expect(editor.locator(".cm-line.is-selected").textContent()).resolves.toBe(vaultLines(MUELLER)[offerLine() - 1]);
	});

	it("ticking writes exactly that one line and the row moves to Erledigt", async () => {
		const obsidian = await openTaskView();
		const before = (await obsidian.page.evaluate((p) => window.harness.read(p), MUELLER)) ?? "";
		await row(obsidian, MUELLER, offerLine()).locator("input[type=checkbox]").click();
		await obsidian.page.locator(`[data-group="done"] .kundendossier-task[data-path="${MUELLER}"][data-line="${offerLine()}"]`).waitFor({ state: "attached" });
		const after = ((await obsidian.page.evaluate((p) => window.harness.read(p), MUELLER)) ?? "").split("\n");
		const changed = before.split("\n").flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
		expect(after.length).toBe(before.split("\n").length);
		expect(changed).toEqual([offerLine()]);
		expect(after[offerLine() - 1]).toBe(`- [x] ${OFFER} 📅 2026-11-25 ✅ 2026-11-23`);
	});

	it("refuses to tick a line that changed on disk since it was read, with a notice", async () => {
		const obsidian = await openTaskView();
		const changedOnDisk = vaultLines(MUELLER)
			.map((l) => (l.includes(OFFER) ? l.replace("persönlich", "per Post") : l))
			.join("\n");
		await obsidian.page.evaluate(([p, t]) => window.harness.writeBehindObsidiansBack(p, t), [MUELLER, changedOnDisk] as const);
		await row(obsidian, MUELLER, offerLine()).locator("input[type=checkbox]").click();
		await expect(obsidian.page.locator(".notice").textContent()).resolves.toMatch(/inzwischen geändert; nichts geschrieben/);
		await expect(obsidian.page.evaluate((p) => window.harness.read(p), MUELLER)).resolves.toBe(changedOnDisk);
		await expect(row(obsidian, MUELLER, offerLine()).locator("input[type=checkbox]").isChecked()).resolves.toBe(false);
	});

	it("the row's … menu and right-click name the actions; a move writes exactly that one line", async () => {
		const obsidian = await openTaskView();
		const before = (await obsidian.page.evaluate((p) => window.harness.read(p), MUELLER)) ?? "";
		const offer = row(obsidian, MUELLER, offerLine());
		await offer.locator(".kundendossier-task-text").click({ button: "right" });
		const items = obsidian.page.locator(".menu .menu-item");
		await expect(items.allTextContents()).resolves.toEqual([
			"Erledigt",
			"Einen Tag später (26.11.2026)",
			"Eine Woche später (02.12.2026)",
			"Datum wählen…",
			"Öffnen",
		]);
		await obsidian.page.keyboard.press("Escape");
		await expect(items.count()).resolves.toBe(0);
		await offer.locator('button[aria-label="Aktionen"]').click();
		await items.filter({ hasText: "Einen Tag später" }).click();
		await obsidian.page.waitForFunction(([p, t]) => window.harness.read(p)?.includes(t), [MUELLER, "📅 2026-11-26"] as const);
		const after = ((await obsidian.page.evaluate((p) => window.harness.read(p), MUELLER)) ?? "").split("\n");
		const changed = before.split("\n").flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
		expect(changed).toEqual([offerLine()]);
		expect(after[offerLine() - 1]).toBe(`- [ ] ${OFFER} 📅 2026-11-26`);
	});
});
