import { setIcon } from "./dom";
import type { App } from "./app";

/**
 * Modal with Obsidian's DOM (`.modal-container > .modal-bg + .modal > close button, title, content`),
 * appended to the body on open and removed on close; Escape and the backdrop close it.
 */
export class Modal {
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	private readonly onKey = (e: KeyboardEvent) => e.key === "Escape" && this.close();

	constructor(public app: App) {
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const close = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Schließen" } });
		setIcon(close, "x");
		close.addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-header" }).createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		document.addEventListener("keydown", this.onKey);
		this.onOpen();
	}
	close(): void {
		document.removeEventListener("keydown", this.onKey);
		this.containerEl.remove();
		this.onClose();
	}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
	onOpen(): void {}
	onClose(): void {}
}

/** The prompt of a FuzzySuggestModal: an input, and the items whose text contains every typed character in order. */
export abstract class FuzzySuggestModal<T> extends Modal {
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createDiv({ cls: "prompt-input-container" }).createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => this.draw());
		this.inputEl.addEventListener("keydown", (e) => {
			if (e.key !== "Enter") return;
			this.resultContainerEl.querySelector<HTMLElement>(".suggestion-item")?.click();
		});
	}
	setPlaceholder(text: string): void {
		this.inputEl.placeholder = text;
	}
	override onOpen(): void {
		this.draw();
		this.inputEl.focus();
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
	private draw(): void {
		const query = this.inputEl.value.toLowerCase().replace(/\s+/g, "");
		this.resultContainerEl.empty();
		for (const item of this.getItems()) {
			const text = this.getItemText(item);
			if (!fuzzyMatch(query, text.toLowerCase())) continue;
			this.resultContainerEl.createDiv({ cls: "suggestion-item", text }).addEventListener("click", (e) => {
				this.close();
				this.onChooseItem(item, e);
			});
		}
	}
}

function fuzzyMatch(query: string, text: string): boolean {
	let at = 0;
	for (const ch of query) {
		const k = text.indexOf(ch, at);
		if (k < 0) return false;
		at = k + 1;
	}
	return true;
}

/** A notice in the top-right corner that hides itself after a while (Obsidian: about 5 s). */
export class Notice {
	noticeEl: HTMLElement;
	constructor(message: string | DocumentFragment, duration = 5000) {
		const container = document.body.querySelector(".notice-container") ?? document.body.createDiv({ cls: "notice-container" });
		this.noticeEl = container.createDiv({ cls: "notice" });
		this.noticeEl.setText(message);
		this.noticeEl.addEventListener("click", () => this.hide());
		if (duration > 0) window.setTimeout(() => this.hide(), duration);
	}
	setMessage(message: string | DocumentFragment): this {
		this.noticeEl.setText(message);
		return this;
	}
	hide(): void {
		this.noticeEl.remove();
	}
}
