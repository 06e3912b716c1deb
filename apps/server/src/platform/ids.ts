import { uuidv7 } from 'uuidv7';

/** Text ids, time-ordered so that inserts stay index-friendly on both databases. */
export const newId = (): string => uuidv7();
