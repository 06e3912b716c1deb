/** Placeholder page (docs/scorecards.md). */
export default function ScorecardsPage() {
  return null;
}
