/** Contracts of the one-stop desk (docs/one-stop.md): procedures. */
export {};
