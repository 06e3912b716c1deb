/** Everything the interim or final review report of a movement says, gathered from the records. */
export interface ReviewReportData {
  kind: 'interim' | 'final';
  /** The issuing agency as printed under the governing body, e.g. "SỞ CÔNG THƯƠNG". */
  agency: string;
  /** The governing body above it, e.g. "UBND TỈNH THÁI NGUYÊN". */
  parentAgency: string;
  /** Place name of the dateline, e.g. "Thái Nguyên". */
  place: string;
  /** ISO day the report is dated. */
  date: string;
  movement: {
    name: string;
    kindLabel: string;
    launchLevelLabel: string;
    launchDocNumber: string;
    launchDocDate: string | null;
    startsOn: string;
    endsOn: string;
    objectives: string;
    content: string;
    criteria: string;
    statusLabel: string;
  };
  participants: { orgName: string; registered: boolean; people: number; collectiveTitles: number }[];
  targets: {
    name: string;
    unit: string;
    targetValue: number | null;
    /** Per unit: committed, achieved, percent, met. */
    results: {
      orgName: string;
      committed: number | null;
      achieved: number | null;
      ratio: number | null;
      met: boolean | null;
    }[];
  }[];
  exemplars: { subjectName: string; orgName: string; title: string; description: string }[];
  /** Awards proposed under the movement (proposal dossiers; empty until proposals exist). */
  proposed: { subjectName: string; orgName: string; awardName: string }[];
  /** Awards conferred under the movement, from the award history. */
  conferred: { subjectName: string; orgName: string; awardName: string; decisionNumber: string }[];
  /** Signature block. */
  signerTitle: string;
  signerName: string;
}
