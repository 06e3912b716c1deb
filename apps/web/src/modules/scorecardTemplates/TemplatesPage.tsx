/** Placeholder page (docs/scorecards.md). */
export default function TemplatesPage() {
  return null;
}
