/** A web page's address with its filters in the query string, as the page reads them. */
export const linkOf = (path: string, params: Record<string, string>) => {
  const qs = new URLSearchParams(params).toString();
  return qs ? `${path}?${qs}` : path;
};
