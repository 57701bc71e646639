import { fieldValue } from "../dossier/keys";
import { fold } from "../text/fold";

/** `typ: kunde` or `type: customer` (CONTRACT); a list of types counts when one of them is. */
export function markedAsCustomer(data: Record<string, unknown>): boolean {
	const value = fieldValue(data, "type");
	const values = Array.isArray(value) ? value : [value];
	return values.some((v) => typeof v === "string" && ["kunde", "customer", "kundin"].includes(fold(v.trim())));
}

/** Cheap check on the raw frontmatter lines before any YAML is parsed. */
export function mayBeMarked(frontmatterLines: readonly string[]): boolean {
	return frontmatterLines.some((line) => /^\s*["']?(?:typ|type)["']?\s*:/i.test(line));
}

export function inCustomerFolder(path: string, folders: readonly string[]): boolean {
	return folders.some((folder) => {
		const f = folder.replace(/^\/+|\/+$/g, "");
		return f === "" ? true : path.startsWith(`${f}/`);
	});
}
