/** Obsidian's Events and Component, as the plugin relies on them: refs, and cleanup on unload. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
}

export class Events {
	private handlers = new Map<string, Array<(...args: unknown[]) => unknown>>();

	on(name: string, fn: (...args: never[]) => unknown): EventRef {
		const list = this.handlers.get(name) ?? [];
		list.push(fn as (...args: unknown[]) => unknown);
		this.handlers.set(name, list);
		return { e: this, name, fn: fn as (...args: unknown[]) => unknown };
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name) ?? [];
		this.handlers.set(
			ref.name,
			list.filter((f) => f !== ref.fn),
		);
	}

	trigger(name: string, ...args: unknown[]): void {
		for (const fn of [...(this.handlers.get(name) ?? [])]) fn(...args);
	}

	/** For tests: how many listeners are attached (0 after unload means nothing leaked). */
	listenerCount(name?: string): number {
		if (name) return this.handlers.get(name)?.length ?? 0;
		return [...this.handlers.values()].reduce((n, l) => n + l.length, 0);
	}
}

export class Component {
	private cleanups: Array<() => void> = [];
	private children: Component[] = [];
	loaded = false;

	load(): void {
		this.loaded = true;
		this.onload();
	}
	onload(): void {}
	onunload(): void {}
	unload(): void {
		for (const child of this.children) child.unload();
		for (const fn of this.cleanups.splice(0).reverse()) fn();
		this.loaded = false;
		this.onunload();
	}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		child.load();
		return child;
	}
	register(fn: () => void): void {
		this.cleanups.push(fn);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, fn: EventListener): void {
		el.addEventListener(type, fn);
		this.register(() => el.removeEventListener(type, fn));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
