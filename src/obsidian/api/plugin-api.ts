import { createApi, createDateExtractor, type KundendossierApi } from "../../core/api";
import type { PluginContext } from "../plugin-context";

export type { KundendossierApi } from "../../core/api";

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
