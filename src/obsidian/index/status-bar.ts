import type { IndexResult } from "../../core/api";
import type { UiStrings } from "../i18n/ui-strings";

/** The status bar item: progress while the first index runs, then customers, open and vague counts. */
export class IndexStatus {
	constructor(
		private readonly el: HTMLElement,
		private readonly ui: () => UiStrings,
	) {
		el.addClass("kundendossier-status-bar");
		el.setAttr("aria-label", ui().status.tooltip);
	}

	progress(done: number, total: number): void {
		this.el.setText(this.ui().status.indexing(done, total));
	}

	counts(index: IndexResult): void {
		const open = index.activities.filter((a) => a.status === "open");
		this.el.setText(this.ui().status.counts(index.customers.length, open.length, open.filter((a) => a.vague).length));
	}
}
