/**
 * What only the CLI may use besides `api`: reading YAML with js-yaml, which the plugin's bundle must
 * not carry (it reads YAML with Obsidian's parser).
 */
export { parseYaml } from "./frontmatter/yaml-schema";
export { buildIndex } from "./index/build-index";
