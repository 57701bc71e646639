import { Menu } from "obsidian";
import { type Activity, addDays } from "../../core/api";
import { formatDay } from "./format";
import type { RowContext } from "./task-row";

/**
 * The row's actions as one menu (from the "…" button and right-click), each named for what it does.
 * Moving keeps its rule: from the due date when that is later than today, else from today; the
 * entry says the day it moves to.
 */
export function taskMenu(a: Activity, { ui, lang, actions, today }: RowContext): Menu {
	const menu = new Menu();
	const t = ui.tasks.menu;
	const open = a.status === "open";
	menu.addItem((item) =>
		item
			.setTitle(open ? t.done : t.reopen)
			.setIcon(open ? "check" : "rotate-ccw")
			.onClick(() => actions.toggle(a)),
	);
	const { reschedule, pickDate, concretize, pinDate } = actions;
	if (open && reschedule) {
		const later = Boolean(a.date && a.date > today);
		const base = later && a.date ? a.date : today;
		const [day, week] = [addDays(base, 1), addDays(base, 7)];
		menu.addItem((item) =>
			item
				.setTitle(later ? t.dayLater(formatDay(day, lang)) : t.tomorrow(formatDay(day, lang)))
				.setIcon("calendar-plus")
				.onClick(() => reschedule(a, day)),
		);
		menu.addItem((item) =>
			item
				.setTitle(later ? t.weekLater(formatDay(week, lang)) : t.nextWeek(formatDay(week, lang)))
				.setIcon("calendar-range")
				.onClick(() => reschedule(a, week)),
		);
		if (pickDate)
			menu.addItem((item) =>
				item
					.setTitle(t.pickDate)
					.setIcon("calendar")
					.onClick(() => pickDate(a)),
			);
	}
	if (open && a.vague && concretize)
		menu.addItem((item) =>
			item
				.setTitle(ui.tasks.concretize)
				.setIcon("wand")
				.onClick(() => concretize(a)),
		);
	if (open && a.floating && a.date && pinDate) {
		const date = formatDay(a.date, lang);
		menu.addItem((item) =>
			item
				.setTitle(`${ui.pinDate.action} (${date})`)
				.setIcon("pin")
				.onClick(() => pinDate(a)),
		);
	}
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle(t.open)
			.setIcon("file-text")
			.onClick(() => actions.open(a)),
	);
	return menu;
}
