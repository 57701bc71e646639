import { Component } from "./events";
import type { App } from "./app";

/**
 * A small Markdown renderer for reading views and MarkdownRenderer.render: headings, lists with
 * checkboxes, quotes, paragraphs, wikilinks, bold and code, and fenced code blocks handed to the
 * registered code block processors (with a context whose children live as long as the rendering).
 * Text goes in through textContent only. Far from Obsidian's renderer; enough for the plugin's output.
 */
export function renderMarkdown(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component, skipFrontmatter = false): void {
	const lines = markdown.replace(/\r/g, "").split("\n");
	let i = 0;
	if (skipFrontmatter && lines[0] === "---") {
		const end = lines.indexOf("---", 1);
		if (end > 0) i = end + 1;
	}
	let list: HTMLElement | null = null;
	for (; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const fence = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
		if (fence) {
			list = null;
			const close = lines.findIndex((l, k) => k > i && l.startsWith(fence[1] ?? "```"));
			const end = close < 0 ? lines.length : close;
			codeBlock(app, el, fence[2] ?? "", lines.slice(i + 1, end).join("\n"), sourcePath, component);
			i = end;
			continue;
		}
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const item = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[(.)\]\s*)?(.*)$/.exec(line.replace(/^>\s?/, ""));
		if (heading) {
			list = null;
			inline(el.createEl(`h${heading[1]?.length ?? 1}` as "h1"), heading[2] ?? "");
		} else if (item) {
			list ??= el.createEl("ul", { cls: "contains-task-list" });
			const li = list.createEl("li", { cls: item[1] !== undefined ? "task-list-item" : "" });
			if (item[1] !== undefined) {
				li.setAttr("data-task", item[1]);
				const box = li.createEl("input", { cls: "task-list-item-checkbox", type: "checkbox" });
				box.checked = item[1] !== " ";
			}
			inline(li, item[2] ?? "");
		} else if (line.trim() === "" || /^<!--.*-->$/.test(line.trim())) {
			list = null;
		} else {
			list = null;
			const quote = /^>\s?(.*)$/.exec(line);
			inline(quote ? el.createEl("blockquote").createEl("p") : el.createEl("p"), quote ? (quote[1] ?? "") : line);
		}
	}
}

function codeBlock(app: App, el: HTMLElement, lang: string, source: string, sourcePath: string, component: Component): void {
	const processor = app.codeBlockProcessors.get(lang);
	if (!processor) {
		el.createEl("pre").createEl("code", { cls: lang ? `language-${lang}` : "", text: source });
		return;
	}
	const container = el.createDiv({ cls: `block-language-${lang}` });
	const ctx = { sourcePath, docId: sourcePath, frontmatter: undefined, addChild: (child: Component) => component.addChild(child), getSectionInfo: () => null };
	void Promise.resolve(processor(source, container, ctx)).catch((error) => console.error(error));
}

function inline(el: HTMLElement, text: string): void {
	for (const part of text.split(/(\[\[[^\]]+\]\]|\*\*[^*]+\*\*|`[^`]+`)/)) {
		if (!part) continue;
		const link = /^\[\[([^\]|]+)(?:\|([^\]]+))?\]\]$/.exec(part);
		if (link) el.createEl("a", { cls: "internal-link", text: link[2] ?? link[1] ?? "", attr: { "data-href": link[1] ?? "" } });
		else if (/^\*\*.*\*\*$/.test(part)) el.createEl("strong", { text: part.slice(2, -2) });
		else if (/^`.*`$/.test(part)) el.createEl("code", { text: part.slice(1, -1) });
		else el.appendText(part);
	}
}

export const MarkdownRenderer = {
	async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		renderMarkdown(app, markdown, el, sourcePath, component);
	},
	async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const app = (window as unknown as { app: App }).app;
		renderMarkdown(app, markdown, el, sourcePath, component);
	},
};

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}
