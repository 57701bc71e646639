/** Moves keyboard focus to the next or previous visible task row. */
export function moveFocus(list: HTMLElement, from: HTMLElement, step: 1 | -1): void {
	const rows = [...list.querySelectorAll<HTMLElement>("details[open] .kundendossier-task")];
	const next = rows[rows.indexOf(from) + step];
	next?.focus();
}
