import { Window } from "happy-dom";

// The plugin's onload is measured against the test fake of Obsidian, which needs a DOM.
const window = new Window();
Object.assign(globalThis, {
	window,
	document: window.document,
	HTMLElement: window.HTMLElement,
	Node: window.Node,
	Event: window.Event,
	MutationObserver: window.MutationObserver,
});
