/** A link that opens a note at a line through the card's `openLine`, never through the href. */
export function lineLink(parent: HTMLElement, { cls, text, title, open }: { cls: string; text: string; title: string; open: () => void }): HTMLElement {
	const link = parent.createEl("a", { cls, text, attr: { href: "#", title } });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		open();
	});
	return link;
}
