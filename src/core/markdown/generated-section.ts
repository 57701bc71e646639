/**
 * The daily review, inserted into a daily note, stands between these markers (Obsidian comments,
 * invisible when reading). Its lines link customers but are not activities, so scanning skips them.
 */
export const REVIEW_START = "%% kundendossier-review:start %%";
export const REVIEW_END = "%% kundendossier-review:end %%";
