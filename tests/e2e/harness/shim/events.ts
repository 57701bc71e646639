/** Obsidian's Events and Component: named events with refs, and cleanup when a component unloads. */
type Handler = (...args: unknown[]) => unknown;

export interface EventRef {
	e: Events;
	name: string;
	fn: Handler;
	ctx?: unknown;
}

export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, fn: Handler, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn, ctx };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, fn: Handler): void {
		this.handlers.set(
			name,
			(this.handlers.get(name) ?? []).filter((r) => r.fn !== fn),
		);
	}

	offref(ref: EventRef): void {
		this.handlers.set(
			ref.name,
			(this.handlers.get(ref.name) ?? []).filter((r) => r !== ref),
		);
	}

	trigger(name: string, ...args: unknown[]): void {
		for (const ref of this.handlers.get(name) ?? []) this.tryTrigger(ref, args);
	}

	/** As in Obsidian: one failing listener is logged and does not stop the others. */
	tryTrigger(ref: EventRef, args: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			console.error(error);
		}
	}
}

export class Component {
	private loaded = false;
	private cleanups: Array<() => void> = [];
	private children: Component[] = [];
	/** onload may be async (a plugin's is); this settles when it has finished. */
	loading: Promise<void> = Promise.resolve();

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.loading = Promise.resolve(this.onload());
		for (const child of this.children) child.load();
	}
	onload(): void | Promise<void> {}
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const fn of this.cleanups.splice(0).reverse()) fn();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}
	register(fn: () => void): void {
		this.cleanups.push(fn);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(el: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions): void {
		el.addEventListener(type, fn, options);
		this.register(() => el.removeEventListener(type, fn, options));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
