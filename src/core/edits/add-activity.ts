import { insertUnderHeading } from "./insert-under-heading";

/** The heading activities go under (`## Aktivitäten`, any level, also "Activities"). */
const HEADING = /^(?:aktivitäten|aktivitaeten|activities)$/i;

/**
 * Adds an activity line under the note's activities heading, after the items already there; without
 * one the heading is appended at the end. Null when the note ends inside code (or an unclosed review
 * section), where an appended line would be no activity.
 */
export function addActivityLine(note: string, line: string, heading = "Aktivitäten"): string | null {
	return insertUnderHeading(note, line, { headings: [HEADING], heading: `## ${heading}` });
}
