// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import type { FakeApp } from "../fake/app";
import { MarkdownView, notices } from "../fake/obsidian";
import { loadPlugin, nextUpdate } from "../harness";
import { lineEditor } from "../fake/line-editor";

const PATH = "Kunden/Klein Logistik.md";
const NOTE =
	"---\r\ntyp: kunde\r\nabc: A\r\n---\r\n## Aktivitäten\r\n- [ ] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ^wb\r\n- [ ] Angebot senden 📅 2026-11-24\r\n";
const WEEKLY = "- [ ] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ^wb";

/** A stand-in for the Tasks plugin: its toggle answers as configured and records each call. */
function withTasks(answer: (line: string) => string, globalFilter = "") {
	const calls: Array<[string, string]> = [];
	const setup = (app: FakeApp) => {
		app.plugins.plugins["obsidian-tasks-plugin"] = {
			settings: { globalFilter },
			apiV1: {
				executeToggleTaskDoneCommand: (line: string, path: string) => {
					calls.push([line, path]);
					return answer(line);
				},
			},
		} as never;
	};
	return { calls, setup };
}

async function tick(files: Record<string, string>, text: string, setup?: (app: FakeApp) => void, opened?: (app: FakeApp) => void) {
	const { app, plugin } = await loadPlugin(files, null, "2026-11-23", setup);
	opened?.(app);
	const leaf = app.workspace.getLeaf();
	await leaf.setViewState({ type: "kundendossier-tasks" });
	const el = leaf.view.containerEl;
	document.body.replaceChildren(el);
	const row = [...el.querySelectorAll<HTMLElement>(".kundendossier-task")].find((r) =>
		r.querySelector(".kundendossier-task-text")?.textContent?.includes(text),
	);
	const before = app.vault.text(app.file(PATH));
	const updated = nextUpdate(plugin);
	row?.querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
	await Promise.race([updated, new Promise((r) => setTimeout(r, 50))]);
	return { before, after: app.vault.text(app.file(PATH)) };
}

beforeEach(() => {
	notices.length = 0;
});

describe("ticking a recurring task in the task view", () => {
	it("toggles through the Tasks API and writes its lines in place of the one, every other byte kept", async () => {
		const tasks = withTasks((line) => `- [ ] Wochenbericht (von Tasks) 📅 2026-11-30\n${line.replace("[ ]", "[x]")} ✅ 2026-11-23`);
		const { after } = await tick({ [PATH]: NOTE }, "Wochenbericht", tasks.setup);
		expect(tasks.calls.length).toBeGreaterThan(0);
		expect(tasks.calls.every(([line, path]) => line === WEEKLY && path === PATH)).toBe(true);
		expect(after).toBe(NOTE.replace(`${WEEKLY}\r\n`, `- [ ] Wochenbericht (von Tasks) 📅 2026-11-30\r\n${WEEKLY.replace("[ ]", "[x]")} ✅ 2026-11-23\r\n`));
	});

	it("toggles a line without the Tasks global filter the plain way, without asking Tasks", async () => {
		const tasks = withTasks(() => "- [ ] falsch", "#task");
		const { after } = await tick({ [PATH]: NOTE }, "Wochenbericht", tasks.setup);
		expect(tasks.calls).toEqual([]);
		expect(after).toBe(NOTE.replace(WEEKLY, "- [x] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ✅ 2026-11-23 ^wb"));
	});

	it("asks Tasks about a line with the global filter", async () => {
		const note = NOTE.replace("Wochenbericht", "#task Wochenbericht");
		const tasks = withTasks((line) => line.replace("[ ]", "[x]"), "#task");
		const { after } = await tick({ [PATH]: note }, "Wochenbericht", tasks.setup);
		expect(tasks.calls.length).toBeGreaterThan(0);
		expect(after).toBe(note.replace("- [ ] #task", "- [x] #task"));
	});

	it("without Tasks, puts the next occurrence above the done line", async () => {
		const { after } = await tick({ [PATH]: NOTE }, "Wochenbericht");
		expect(after).toBe(
			NOTE.replace(
				`${WEEKLY}\r\n`,
				"- [ ] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-30\r\n- [x] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ✅ 2026-11-23 ^wb\r\n",
			),
		);
	});

	it("without Tasks, refuses a rule it does not understand with a notice and writes nothing", async () => {
		const note = NOTE.replace("every week", "every 2nd Tuesday");
		const { before, after } = await tick({ [PATH]: note }, "Wochenbericht");
		expect(after).toBe(before);
		expect(notices.at(-1)).toContain("Wiederholung");
	});

	it("unticking a done recurring task adds no occurrence", async () => {
		const note = NOTE.replace(WEEKLY, "- [x] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ✅ 2026-11-23 ^wb");
		const { after } = await tick({ [PATH]: note }, "Wochenbericht");
		expect(after).toBe(NOTE);
	});

	it("in an open note, replaces the line once through the editor", async () => {
		const { editor, replaced } = lineEditor(NOTE.replace(/\r\n/g, "\n"));
		const open = (app: FakeApp) => {
			const view = Object.assign(new MarkdownView(), {
				file: app.file(PATH),
				editor,
				containerEl: document.createElement("div"),
				getViewType: () => "markdown",
			});
			app.workspace.leaves.push({ app, view: view as never, openFile: async () => {}, setViewState: async () => {} });
		};
		await tick({ [PATH]: NOTE }, "Wochenbericht", undefined, open);
		expect(replaced).toEqual([
			{
				line: 5,
				text: "- [ ] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-30\n- [x] Wochenbericht an Herrn Klein 🔁 every week 📅 2026-11-23 ✅ 2026-11-23 ^wb",
			},
		]);
	});
});
