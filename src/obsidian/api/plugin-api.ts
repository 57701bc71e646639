import { createApi } from "../../core/script-api/create-api";
import type { KundendossierApi } from "../../core/script-api/script-api";
import { createDateExtractor } from "../../core/dates/extract";
import type { PluginContext } from "../plugin-context";

export type { KundendossierApi } from "../../core/script-api/script-api";

/**
 * The plugin's script API: reads the live index and the settings on every call, today from the
 * plugin's clock. The context is asked for lazily, so the API object exists before onload has run.
 */
export function pluginApi(context: () => PluginContext, clock: () => string): KundendossierApi {
	return createApi({
		index: () => context().index.current,
		today: clock,
		lang: () => context().lang(),
		settings: () => context().settings(),
		dates: createDateExtractor,
	});
}
