/** Placeholder page (docs/scorecards.md). */
export default function ParIndexPage() {
  return null;
}
