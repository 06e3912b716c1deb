import { searchKey } from '@thidua/domain';

/**
 * What the `search_key` columns of the registers hold (migration 108), written with every row by
 * services, seeds and the bench alike, so that a list's search finds the same rows however they came.
 */
export const decisionSearchKey = (d: { number: string; summary: string; signer: string }) =>
  searchKey(`${d.number} ${d.summary} ${d.signer}`);

export const initiativeSearchKey = (i: { title: string }) => searchKey(i.title);
