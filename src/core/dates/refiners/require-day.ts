import type { Refiner } from "./refiner";

/** A time alone ("10 Uhr") or a month alone ("im Dezember") is not a day an activity can be due on. */
export const requireDay: Refiner = (match) => {
	const { day, weekday } = match.known;
	return day === undefined && weekday === undefined ? null : undefined;
};
