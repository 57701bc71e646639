// Lint: the Obsidian plugin rules over everything, plus the architecture's boundaries as import rules.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

const NODE_MODULES = ["fs", "path", "os", "child_process", "crypto", "url", "util", "stream", "process", "module"];
/**
 * Core's folders from the bottom up: a folder imports only from folders before it, so core has no
 * import cycles. `api.ts` (and `cli-api.ts`) on top is the door the plugin and the CLI come through.
 */
// Calls that change a note or a file: the plugin makes them only in src/obsidian/vault/.
const WRITES_THROUGH_VAULT = "Write notes through src/obsidian/vault/ (the Editor when the note is open, else Vault.process re-verifying the line).";
const NOTE_WRITES = [
	"MemberExpression[object.property.name='vault'][property.name=/^(modify|modifyBinary|process|create|createBinary|createFolder|append|delete|trash|rename|copy)$/]",
	"MemberExpression[object.name='vault'][property.name=/^(modify|modifyBinary|process|create|createBinary|createFolder|append|delete|trash|rename|copy)$/]",
	"MemberExpression[object.property.name='adapter'][property.name=/^(write|writeBinary|append|process|remove|rename|copy|mkdir|rmdir|trashLocal|trashSystem)$/]",
	"MemberExpression[object.name='adapter'][property.name=/^(write|writeBinary|append|process|remove|rename|copy|mkdir|rmdir|trashLocal|trashSystem)$/]",
	"MemberExpression[property.name=/^(replaceRange|setLine|replaceSelection|transaction|processFrontMatter|renameFile|trashFile)$/]",
	"MemberExpression[object.name='editor'][property.name='setValue']",
	"MemberExpression[object.property.name='editor'][property.name='setValue']",
].map((selector) => ({ selector, message: WRITES_THROUGH_VAULT }));
const CORE_LAYERS = [
	"text",
	"model",
	"dates",
	"i18n",
	"markdown",
	"frontmatter",
	"dossier",
	"phases",
	"abc",
	"settings",
	"vagueness",
	"edits",
	"customers",
	"index",
	"goals",
	"review",
	"overview",
	"tasks",
	"export",
	"bases",
	"script-api",
];
const coreLayer = (folder, index) => ({
	files: [`src/core/${folder}/**/*.ts`],
	rules: {
		"no-restricted-imports": [
			"error",
			{
				paths: [{ name: "obsidian", message: "src/core stays free of Obsidian." }],
				patterns: [
					nodeImports,
					{ group: ["**/obsidian/**", "**/cli/**"], message: "Core depends on nothing outside src/core." },
					{
						group: ["**/core/api", "**/core/cli-api", "../api", "../cli-api", "../../api", "../../cli-api"],
						message: "core/api is the door for the plugin and the CLI, not for core itself.",
					},
					...(index < CORE_LAYERS.length - 1
						? [
								{
									group: CORE_LAYERS.slice(index + 1).flatMap((above) => [`../${above}/**`, `../../${above}/**`]),
									message: `${folder}/ sits below these folders in core's layers (CORE_LAYERS in eslint.config.mjs): move the shared part down instead of importing up.`,
								},
							]
						: []),
				],
			},
		],
	},
});

const nodeImports = { group: ["node:*", ...NODE_MODULES], message: "Node APIs belong in src/cli only (the plugin runs on mobile too)." };
// gray-matter calls Node's Buffer: the CLI reads frontmatter with it (src/cli/frontmatter-reader.ts), nothing else does.
const grayMatter = {
	group: ["gray-matter", "gray-matter/**"],
	message: "gray-matter belongs in src/cli only: it calls Node's Buffer, which Obsidian mobile lacks.",
};

export default defineConfig([
	{
		ignores: [
			"node_modules/",
			"dist/",
			"main.js",
			".e2e/",
			"coverage/",
			"examples/",
			".bench/",
			"*.mjs",
			"tests/setup/*.cjs",
			"vitest.config.ts",
			"vitest.e2e.config.ts",
		],
	},
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "tests/e2e/support/harness-build.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// Core is pure: no Obsidian, no DOM, no Node, no clock. The clock is passed in.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core stays free of Obsidian." }],
					patterns: [nodeImports, grayMatter, { group: ["**/obsidian/**", "**/cli/**"], message: "Core depends on nothing outside src/core." }],
				},
			],
			"no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "process", "activeDocument", "activeWindow"],
			"no-restricted-syntax": [
				"error",
				{ selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Pass the clock in; core never reads it." },
				{ selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass the clock in; core never reads it." },
				{ selector: "MemberExpression[property.name='innerHTML']", message: "Never innerHTML." },
			],
		},
	},
	// Layers inside core (after the general core block, so these import rules replace its own).
	...CORE_LAYERS.map(coreLayer),
	{
		// The plugin bundle must run on mobile: no Node APIs, no CLI code.
		files: ["src/obsidian/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					patterns: [
						nodeImports,
						grayMatter,
						{ group: ["**/cli/**"], message: "The plugin does not use CLI code." },
						{ group: ["js-yaml", "**/core/cli-api"], message: "The plugin reads YAML with Obsidian's parseYaml (vault/yaml.ts): no YAML library in main.js." },
						{ group: ["**/core/**", "!**/core/api"], message: "The plugin uses core through src/core/api.ts only." },
					],
				},
			],
			"no-restricted-syntax": ["error", ...NOTE_WRITES],
		},
	},
	{
		// The one door for writes: the Editor when the note is open (undo), else Vault.process re-verifying.
		files: ["src/obsidian/vault/**/*.ts"],
		rules: { "no-restricted-syntax": "off" },
	},
	{
		// js-yaml reads frontmatter in the CLI; the plugin uses Obsidian's parseYaml.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
	},
	{
		// Node-side code: the CLI, tests, the bench. The mobile rules do not apply; the CLI has no Vault#configDir.
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts"],
		rules: { "obsidianmd/no-nodejs-modules": "off", "obsidianmd/hardcoded-config-path": "off" },
	},
	{
		// Tests and the bench run in Node and happy-dom, not in Obsidian's popout windows; the fake stands in for Obsidian itself.
		files: ["tests/**/*.ts", "bench/**/*.ts"],
		rules: {
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-window-timers": "off",
			"@typescript-eslint/no-this-alias": "off",
		},
	},
	{
		// The browser harness stands in for Obsidian itself: it is the runtime these plugin rules protect, so it
		// evaluates main.js as Obsidian does, fetches from its page, sets styles and reads Obsidian's language key.
		files: ["tests/e2e/harness/**/*.ts"],
		rules: {
			"no-eval": "off",
			"no-restricted-globals": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/prefer-get-language": "off",
			"obsidianmd/ui/sentence-case": "off",
		},
	},
	{
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "The CLI runs without Obsidian." }],
					patterns: [
						{ group: ["**/obsidian/**"], message: "The CLI does not use plugin code." },
						{ group: ["**/core/**", "!**/core/api", "!**/core/cli-api"], message: "The CLI uses core through src/core/api.ts (and cli-api.ts) only." },
					],
				},
			],
		},
	},
	{
		files: ["tests/**/*.ts", "bench/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
	},
]);
