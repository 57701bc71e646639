import { compare } from "../text/compare";

/**
 * Resolves link targets to customer notes the way Obsidian does for the common cases: a vault path
 * (`Kunden/Müller`), a path relative to the linking note (`../Kunden/Müller.md`) or a file name
 * (`Müller`, unique or the one nearest the linking note). Matching ignores case, as Obsidian's does.
 */
export interface LinkResolver {
	resolve(target: string, fromPath: string): string | null;
}

export function createLinkResolver(customerPaths: readonly string[]): LinkResolver {
	const byPath = new Map<string, string>();
	const byName = new Map<string, string[]>();
	for (const path of customerPaths) {
		const key = withoutMd(path).toLowerCase();
		byPath.set(key, path);
		const name = key.slice(key.lastIndexOf("/") + 1);
		byName.set(name, [...(byName.get(name) ?? []), path]);
	}
	return {
		resolve(target, fromPath) {
			const t = withoutMd(target.includes("\\") ? target.trim().replace(/\\/g, "/") : target.trim()).toLowerCase();
			if (!t) return null;
			if (t.includes("/")) {
				const folder = fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/")).toLowerCase() : "";
				return byPath.get(normalize(t.replace(/^\/+/, ""))) ?? byPath.get(normalize(folder ? `${folder}/${t}` : t)) ?? null;
			}
			const candidates = byName.get(t);
			if (!candidates) return null;
			return candidates.length === 1 ? (candidates[0] as string) : nearest(candidates, fromPath);
		},
	};
}

function withoutMd(path: string): string {
	return path.length >= 3 && path.slice(-3).toLowerCase() === ".md" ? path.slice(0, -3) : path;
}

/** Folds `a/./b/../c` into `a/c`. */
function normalize(path: string): string {
	const out: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") out.pop();
		else out.push(part);
	}
	return out.join("/");
}

/** Among notes of the same name, the one sharing the longest folder prefix with the linking note, then the shortest path. */
function nearest(candidates: readonly string[], fromPath: string): string {
	const shared = (p: string) => {
		const a = p.split("/");
		const b = fromPath.split("/");
		let n = 0;
		while (n < a.length - 1 && n < b.length - 1 && a[n] === b[n]) n++;
		return n;
	};
	return [...candidates].sort((x, y) => shared(y) - shared(x) || x.length - y.length || compare(x, y))[0] as string;
}

/**
 * Links to customers, directly or through a person note (CONTRACT): a link to `[[Hans Müller]]`,
 * whose `firma` links `[[Müller GmbH]]`, belongs to Müller GmbH.
 */
export function createCustomerResolver(customerPaths: readonly string[], persons: ReadonlyMap<string, string>): LinkResolver {
	const customers = createLinkResolver(customerPaths);
	if (persons.size === 0) return customers;
	const people = createLinkResolver([...persons.keys()]);
	return {
		resolve(target, fromPath) {
			const customer = customers.resolve(target, fromPath);
			if (customer) return customer;
			const person = people.resolve(target, fromPath);
			const company = person ? persons.get(person) : undefined;
			return person && company !== undefined ? customers.resolve(company, person) : null;
		},
	};
}
