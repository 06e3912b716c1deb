/**
 * Public posting before the council (reference §4.3, V): ND 98/2023 Art 46 cl. 2 (carried into
 * ND 152/2025) has the candidates for Huân chương and State honorary titles published at least
 * 10 working days before the council meets. The department may post longer, never shorter: the
 * count is a setting whose floor and default are the law's figure.
 */
export const MIN_POSTING_DAYS = 10;
export const DEFAULT_POSTING_DAYS = MIN_POSTING_DAYS;
