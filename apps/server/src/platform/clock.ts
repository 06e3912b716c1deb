/** Today in Vietnam (UTC+7, no daylight saving): the legal day, whatever the server's clock zone. */
export const todayVn = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
export const currentYearVn = (): number => Number(todayVn().slice(0, 4));
