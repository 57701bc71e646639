// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { openTaskView } from "./task-view-harness";

describe("task view filters", () => {
	it("filters to vague activities with the counter, and keeps the filter as view state", async () => {
		const { el, rows, leaf } = await openTaskView();
		const counter = el.querySelector<HTMLButtonElement>(".kundendossier-vague-counter");
		expect(counter?.textContent).toBe("2 vage");
		counter?.click();
		expect(rows().every((r) => r.classList.contains("is-vague"))).toBe(true);
		expect(rows()).toHaveLength(2);
		expect((leaf.view as unknown as { getState(): { filter: { vagueOnly: boolean } } }).getState().filter.vagueOnly).toBe(true);
	});

	it("fills the customer and phase fields when first focused or pressed, keeping the chosen value", async () => {
		const { el } = await openTaskView();
		const field = (label: string) => el.querySelector(`select[aria-label='${label}']`) as HTMLSelectElement;
		const names = (label: string) => [...field(label).options].map((o) => o.textContent);
		expect(names("Kunde")).toEqual(["Alle Kunden"]);
		expect(names("Phase")).toEqual(["Alle Phasen"]);
		field("Kunde").dispatchEvent(new Event("focus"));
		field("Phase").dispatchEvent(new Event("pointerdown"));
		expect(names("Kunde")).toContain("Schulz Druck");
		expect(names("Kunde")[0]).toBe("Alle Kunden");
		expect(names("Phase").length).toBeGreaterThan(1);
		field("Kunde").value = "Kunden/Schulz Druck.md";
		field("Kunde").dispatchEvent(new Event("change"));
		expect(field("Kunde").value).toBe("Kunden/Schulz Druck.md");
		// The filter line drawn again (the vague counter pressed): the closed field shows the chosen customer.
		(el.querySelector(".kundendossier-vague-counter") as HTMLElement).click();
		expect(names("Kunde")).toEqual(["Alle Kunden", "Schulz Druck"]);
		expect(field("Kunde").value).toBe("Kunden/Schulz Druck.md");
	});

	it("fills a field once: a customer chosen by keyboard stays chosen when the field is pressed afterwards", async () => {
		const { el } = await openTaskView();
		const field = el.querySelector("select[aria-label='Kunde']") as HTMLSelectElement;
		field.dispatchEvent(new Event("focus"));
		const options = field.options.length;
		field.value = "Kunden/Schulz Druck.md";
		field.dispatchEvent(new Event("change"));
		field.dispatchEvent(new Event("pointerdown"));
		field.dispatchEvent(new Event("mousedown"));
		expect(field.value).toBe("Kunden/Schulz Druck.md");
		expect(field.options.length).toBe(options);
	});

	it("filters by customer", async () => {
		const { el, rows } = await openTaskView();
		const select = el.querySelector("select[aria-label='Kunde']") as HTMLSelectElement;
		select.dispatchEvent(new Event("focus"));
		select.value = "Kunden/Schulz Druck.md";
		select.dispatchEvent(new Event("change"));
		expect(rows().map((r) => r.querySelector(".kundendossier-task-text")?.textContent)).toEqual(["Schulz Druck Muster schicken", "Auf Entscheidung warten"]);
	});
});
