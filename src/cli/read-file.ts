import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** Notes beyond this size are listed in `errors`, never read: a dossier is written by hand. */
export const MAX_NOTE_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file was not read: Node's error code, not a regular file (pipe, device), or too large. */
export type ReadRefusal = { kind: "fs"; code: string } | { kind: "not-a-file" } | { kind: "too-large"; bytes: number };

// A pipe opened without O_NONBLOCK waits for a writer; Windows has no such flag (nor such pipes).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Room for the bytes of one file at a time, grown to the largest file read so far. A vault is read
 * file after file: one buffer for all of them spares an allocation (zero-filled, outside the heap)
 * per note, which the engine counts towards its next collection.
 */
export class ReadBuffer {
	private bytes = new Uint8Array(0);

	/** At least `size` bytes of room; what the buffer held before is dropped. A single read takes just its size. */
	room(size: number): Uint8Array {
		if (this.bytes.length < size) this.bytes = new Uint8Array(Math.max(size, this.bytes.length * 2));
		return this.bytes;
	}
}

/**
 * A regular file's bytes as UTF-8 text, at most `limit` bytes. The file is opened first and then
 * checked, so what is read is what was checked: a pipe or `/dev/zero` behind a link is refused
 * before a byte is read, and a file that grows after the check is still read no further than the limit.
 * Reading many files, pass one `ReadBuffer` to all of them.
 */
export function readRegularFile(path: string, limit = MAX_NOTE_FILE_BYTES, into = new ReadBuffer()): { text: string } | { refused: ReadRefusal } {
	let fd: number;
	try {
		fd = openSync(path, OPEN_FLAGS);
	} catch (error) {
		return { refused: fsRefusal(error) };
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { refused: { kind: "not-a-file" } };
		if (stat.size > limit) return { refused: { kind: "too-large", bytes: stat.size } };
		// One byte more than the file had when checked: a file that grew past the limit is seen to.
		const want = Math.min(stat.size, limit) + 1;
		const buffer = into.room(want);
		let length = 0;
		for (let n = 1; n > 0 && length < want; length += n) n = readSync(fd, buffer, length, want - length, null);
		if (length > limit) return { refused: { kind: "too-large", bytes: length } };
		return { text: Buffer.from(buffer.buffer, buffer.byteOffset, length).toString("utf8") };
	} catch (error) {
		return { refused: fsRefusal(error) };
	} finally {
		closeSync(fd);
	}
}

export function fsRefusal(error: unknown): ReadRefusal {
	return { kind: "fs", code: errorCode(error) };
}

/** Node's code for a file system error (EACCES, ENAMETOOLONG …), else its message. */
export function errorCode(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === "string" ? code : String((error as Error | null)?.message ?? error);
}
