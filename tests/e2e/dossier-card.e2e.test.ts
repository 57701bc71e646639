import { describe, expect, it } from "vitest";
import { obsidianPerTest, type Obsidian } from "./support/browser";

const startObsidian = obsidianPerTest();

/** Opens a note from the file explorer, then the Dossier view in the right sidebar from the ribbon. */
async function showDossierOf(o: Obsidian, path: string) {
	await o.page.locator(`.nav-file-title[data-path="${path}"]`).click();
	await o.page.locator('.side-dock-ribbon-action[aria-label="Dossier-Ansicht öffnen"]').click();
	return o.page.locator('.mod-right-split .workspace-leaf-content[data-type="kundendossier-dossier"] .kundendossier-card');
}

describe("dossier card", () => {
	it("shows an A customer's tag, phase timeline with dates and no problems", async () => {
		const obsidian = await startObsidian();
		const card = await showDossierOf(obsidian, "Kunden/Müller Maschinenbau.md");
		await expect(card.locator(".kundendossier-card-name").textContent()).resolves.toBe("Müller Maschinenbau GmbH");
		await expect(card.locator('.kundendossier-card-header .kundendossier-abc-tag[data-abc="A"]').textContent()).resolves.toBe("A");
		const steps = await card
			.locator(".kundendossier-step")
			.evaluateAll((els: Element[]) =>
				els.map((el) => [
					(el.getAttribute("class") ?? "").replace("kundendossier-step ", ""),
					el.querySelector(".kundendossier-step-name")?.textContent,
					el.querySelector(".kundendossier-step-date")?.textContent ?? null,
				]),
			);
		expect(steps).toEqual([
			["is-passed", "Gelegenheit", "10.03.2021"],
			["is-passed", "Kennenlernen", "22.04.2021"],
			["is-passed", "Vertiefung", "18.01.2022"],
			["is-current", "Vertrauen", "05.06.2024"],
			["is-future", "Intime Phase", null],
		]);
		await expect(card.locator(".kundendossier-problems").count()).resolves.toBe(0);
		await expect(card.locator(".kundendossier-next").textContent()).resolves.toBe("25.11.2026");
	});

	it("names a skipped phase as a problem and marks the step", async () => {
		const obsidian = await startObsidian();
		const card = await showDossierOf(obsidian, "Kunden/Druckhaus Gerens.md");
		await expect(card.locator('.kundendossier-problems li[data-code="phase-skipped"]').textContent()).resolves.toMatch(/Vertiefung/);
		await expect(card.locator(".kundendossier-step.is-skipped .kundendossier-step-name").textContent()).resolves.toBe("Vertiefung");
	});

	it("shows the YAML error of a broken note and still renders, without any page error", async () => {
		const obsidian = await startObsidian();
		const card = await showDossierOf(obsidian, "Kunden/Elektro Vogt.md");
		await expect(card.locator('.kundendossier-problems li[data-code="yaml-error"]').textContent()).resolves.toMatch(/5/);
		await expect(card.locator(".kundendossier-card-name").textContent()).resolves.toBe("Elektro Vogt");
		// The view keeps working: the next note's card replaces it.
		const next = await showDossierOf(obsidian, "Kunden/Brauerei Kaiser.md");
		await expect(next.locator(".kundendossier-card-name").textContent()).resolves.toMatch(/Kaiser/);
	});

	it("renders fields that contain HTML as text", async () => {
		const html = "<img src=x onerror=alert(1)>";
		const obsidian = await startObsidian({
			files: {
				"Kunden/Evil HTML.md": `---\ntyp: kunde\nfirma: "${html}"\nabc: A\nstrategie: "${html}"\nansprechpartner:\n  - name: "${html}"\n    rolle: "<b>Chef</b>"\n---\n\n- [ ] ${html} anrufen 📅 2026-11-24\n`,
			},
		});
		const card = await showDossierOf(obsidian, "Kunden/Evil HTML.md");
		await expect(card.locator(".kundendossier-card-name").textContent()).resolves.toBe(html);
		await expect(card.locator(".kundendossier-contact-name").textContent()).resolves.toBe(html);
		await expect(card.getByText(html).count()).resolves.toBeGreaterThanOrEqual(3);
		await obsidian.page.locator('.side-dock-ribbon-action[aria-label="Aufgabenansicht öffnen"]').click();
		await expect(obsidian.page.locator(".kundendossier-task-text", { hasText: html }).count()).resolves.toBe(1);
		await expect(obsidian.page.locator(".workspace img, .workspace b").count()).resolves.toBe(0);
	});
});
