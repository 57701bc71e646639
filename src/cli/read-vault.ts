import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, normalize, sep } from "node:path";
import { compare, de, type Messages, type NoteInput } from "../core/api";
import { errorCode, fsRefusal, MAX_NOTE_FILE_BYTES, ReadBuffer, readRegularFile, type ReadRefusal } from "./read-file";

/** A vault problem that stops the CLI (missing or unreadable folder): exit code 2. */
export class VaultError extends Error {}

/** A note or folder that could not be read: listed in `errors`, and the run goes on. */
export interface ReadFailure {
	path: string;
	message: string;
}

/** Folders that are never notes besides hidden ones (.obsidian, .trash, .git start with a dot). */
const SKIPPED = new Set(["node_modules"]);

export function checkVault(root: string, t: Messages = de): void {
	let stat;
	try {
		stat = statSync(root);
	} catch (error) {
		const code = errorCode(error);
		throw new VaultError(code === "ENOENT" ? t.errors.vaultMissing(root) : t.errors.vaultUnreadable(root, t.errors.fileSystem(code)));
	}
	if (!stat.isDirectory()) throw new VaultError(t.errors.vaultNotAFolder(root));
}

/**
 * Every Markdown note of the vault, read once, in a stable order, with vault-relative paths in
 * forward slashes. Only regular files are read, each up to a size limit; links to folders are not
 * followed (a link loop cannot hang the run), links to notes only when they stay in the vault.
 * A folder or note that cannot be read is named in `unreadable`; only an unreadable vault stops the run.
 */
export function readVault(root: string, t: Messages = de): { notes: NoteInput[]; unreadable: ReadFailure[] } {
	checkVault(root, t);
	const top = normalize(root).replace(/[\\/]+$/, "") || sep;
	let realTop: string;
	let rootEntries: Dirent[];
	try {
		realTop = realpathSync(top);
		rootEntries = readdirSync(top, { withFileTypes: true });
	} catch (error) {
		throw new VaultError(t.errors.vaultUnreadable(root, t.errors.fileSystem(errorCode(error))));
	}
	const notes: NoteInput[] = [];
	const unreadable: ReadFailure[] = [];
	const refused = (path: string, refusal: ReadRefusal) => unreadable.push({ path, message: refusalMessage(refusal, t) });
	const insideVault = (real: string) => real === realTop || real.startsWith(realTop.endsWith(sep) ? realTop : `${realTop}${sep}`);
	// The vault-relative path grows with the walk: no path arithmetic per note.
	const walk = (dir: string, prefix: string, given?: Dirent[]) => {
		let entries: Dirent[];
		try {
			entries = given ?? readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			unreadable.push({ path: prefix.slice(0, -1), message: t.errors.unreadableFolder(t.errors.fileSystem(errorCode(error))) });
			return;
		}
		entries.sort((a, b) => compare(a.name, b.name));
		for (const entry of entries) {
			if (entry.name.startsWith(".") || SKIPPED.has(entry.name)) continue;
			const full = `${dir}${sep}${entry.name}`;
			const path = `${prefix}${entry.name}`;
			if (entry.isDirectory()) walk(full, `${path}/`);
			else if (!/\.md$/i.test(entry.name)) continue;
			else if (entry.isFile()) read(full, path);
			else if (entry.isSymbolicLink()) {
				let real: string;
				try {
					real = realpathSync(full);
				} catch (error) {
					refused(path, fsRefusal(error));
					continue;
				}
				if (insideVault(real)) read(real, path);
				else unreadable.push({ path, message: t.errors.linkOutside() });
			} else refused(path, { kind: "not-a-file" });
		}
	};
	const buffer = new ReadBuffer();
	const read = (file: string, path: string) => {
		const result = readRegularFile(file, MAX_NOTE_FILE_BYTES, buffer);
		if ("text" in result) notes.push({ path, text: result.text });
		else refused(path, result.refused);
	};
	walk(top, "", rootEntries);
	return { notes, unreadable };
}

function refusalMessage(refusal: ReadRefusal, t: Messages): string {
	switch (refusal.kind) {
		case "not-a-file":
			return t.errors.notAFile();
		case "too-large":
			return t.errors.tooLarge(refusal.bytes / 1024 / 1024, MAX_NOTE_FILE_BYTES / 1024 / 1024);
		default:
			return t.errors.unreadableNote(t.errors.fileSystem(refusal.code));
	}
}

/** The folders among `folders` (vault-relative) that are not folders of the vault; the vault itself ("") always is. */
export function missingFolders(root: string, folders: readonly string[]): string[] {
	return folders.filter((folder) => {
		if (folder === "") return false;
		try {
			return !statSync(join(root, folder)).isDirectory();
		} catch {
			return true;
		}
	});
}

/** A JSON file of the vault's Obsidian config (`.obsidian/…`), or null when absent, unreadable or not a file. */
export function readVaultConfig(root: string, file: string): unknown {
	const result = readRegularFile(join(root, ".obsidian", file), 1024 * 1024);
	if (!("text" in result)) return null;
	try {
		return JSON.parse(result.text);
	} catch {
		return null;
	}
}
