// Limits of an inspection round, apart from lib/inspections/rules.ts (which uses node:crypto) so forms can import them.

/** The longest round (days, both ends counted) and the most cases sampled per unit. */
export const MAX_ROUND_DAYS = 366;
export const MAX_SAMPLE_SIZE = 20;
