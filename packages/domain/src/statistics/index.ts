/** Sector statistics engines (docs/statistics.md): aggregation, derived-indicator formulas, validation rules. */
export {};
