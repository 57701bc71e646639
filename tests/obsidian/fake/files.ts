/** Files and folders of the fake vault. */
export class TAbstractFile {
	constructor(public path: string) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		return this.name.replace(/\.[^.]+$/, "");
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot < 0 ? "" : this.name.slice(dot + 1);
	}
}

export class TFolder extends TAbstractFile {}
