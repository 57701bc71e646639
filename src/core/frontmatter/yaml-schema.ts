import yaml from "js-yaml";

/**
 * The YAML schema for dossiers. Dates stay the strings the user wrote (`2026-11-23`), never UTC
 * `Date` objects that a time zone can shift by a day; numbers with a leading zero (`plz: 01234`,
 * phone numbers) stay strings instead of losing the zero.
 */
interface TypeInternals {
	resolve: (data: string) => boolean;
	construct: (data: string) => unknown;
	predicate?: (data: unknown) => boolean;
	represent?: Record<string, (data: object) => string>;
	defaultStyle?: string;
}
// js-yaml 4 exports its built-in types at run time; its type declarations leave them out.
const builtIn = (yaml as unknown as { types: Record<"null" | "bool" | "int" | "float", yaml.Type> }).types;

function withoutLeadingZero(builtInType: yaml.Type, tag: string): yaml.Type {
	const type = builtInType as unknown as TypeInternals;
	return new yaml.Type(tag, {
		kind: "scalar",
		resolve: (data: string) => !/^[-+]?0\d/.test(data) && type.resolve(data),
		construct: (data: string) => type.construct(data),
		...(type.predicate ? { predicate: type.predicate } : {}),
		...(type.represent ? { represent: type.represent } : {}),
		...(type.defaultStyle ? { defaultStyle: type.defaultStyle } : {}),
	});
}

export const DOSSIER_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
	implicit: [
		builtIn.null,
		builtIn.bool,
		withoutLeadingZero(builtIn.int, "tag:yaml.org,2002:int"),
		withoutLeadingZero(builtIn.float, "tag:yaml.org,2002:float"),
	],
});

/** The CLI's YAML loader (see `YamlLoader`). */
export function parseYaml(text: string): unknown {
	return yaml.load(text, { schema: DOSSIER_SCHEMA });
}
