/**
 * What the commendation documents say, gathered by the services from the
 * records; the builders (decisionDoc.ts, minutesDoc.ts, submissionDoc.ts,
 * certificates.ts) only lay it out.
 */
export interface Heading {
  /** The governing body, e.g. "UBND TỈNH THÁI NGUYÊN". */
  parentAgency: string;
  /** The issuing agency, e.g. "SỞ CÔNG THƯƠNG". */
  agency: string;
  /** Place of the dateline, e.g. "Thái Nguyên". */
  place: string;
}

export interface Signer {
  /** Authority lines, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["GIÁM ĐỐC"]. */
  authority: string[];
  name: string;
}

export interface DecisionRecipient {
  subjectKind: 'individual' | 'collective';
  /** Full name of the person, or the collective's name. */
  name: string;
  /** Position and unit of a person ("Chuyên viên, Phòng Quản lý Công nghiệp"); empty for a collective. */
  detail: string;
  awardName: string;
  /** Bonus in đồng; null when the award carries none. */
  bonus: number | null;
}

/** A decision (quyết định) in Decree 30/2020 layout, with its recipients' appendix. */
export interface DecisionDocData extends Heading {
  /** "123" (empty for a draft: printed as "Số:      /QĐ-SCT"). */
  number: string;
  /** "QĐ-SCT". */
  symbol: string;
  /** ISO day it is signed (or today for a preview). */
  date: string;
  /** Trích yếu: "Về việc khen thưởng …". */
  summary: string;
  /** The deciding authority as printed above the legal basis, e.g. "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN". */
  issuer: string;
  /** "Căn cứ …;" lines, then "Xét đề nghị …" lines, in order. */
  legalBasis: string[];
  /** Articles after "QUYẾT ĐỊNH:", each "Điều N." text without the prefix (the builder numbers them). */
  articles: string[];
  /** Appendix title, e.g. "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN". */
  appendixTitle: string;
  /** The line under it, "(Kèm theo Quyết định số …/QĐ-SCT ngày … của Giám đốc …)"; built from the number when absent. */
  appendixSource?: string;
  /** Already in the order to print (collectives, then people in Vietnamese name order). */
  recipients: DecisionRecipient[];
  /** Nơi nhận lines ("- Như Điều 3;" …). */
  circulation: string[];
  signer: Signer;
  /** Draft watermark line ("DỰ THẢO") for previews. */
  draft: boolean;
}

/** The minutes (biên bản) of a council session with the ballot results. */
export interface MinutesDocData extends Heading {
  date: string;
  /** "Phiên họp xét khen thưởng năm 2026". */
  sessionTitle: string;
  /** Where and from when ("Phòng họp tầng 3, Sở Công Thương, 14 giờ 00"). */
  venue: string;
  chairName: string;
  secretaryName: string;
  members: { name: string; role: string; present: boolean }[];
  /** e.g. "Có mặt 7/9 thành viên, đủ điều kiện (ít nhất 2/3)". */
  quorumText: string;
  items: {
    subjectName: string;
    unitName: string;
    awardName: string;
    agree: number;
    disagree: number;
    abstain: number;
    /** "Đạt (77,8% tổng số thành viên; ngưỡng 50%)" or "Không đạt (…)". */
    resultText: string;
    /** Members who did not vote on this item because of recusal (names only; votes are secret). */
    recused: string[];
  }[];
  /** Closing line: time the session ended. */
  closing: string;
}

/** The submission letter (tờ trình, Mẫu số 01) of a proposal dossier. */
export interface SubmissionDocData extends Heading {
  number: string;
  /** "TTr-QLCN" style symbol. */
  symbol: string;
  date: string;
  /** "Đề nghị khen thưởng …". */
  summary: string;
  /** "Kính gửi: Hội đồng Thi đua – Khen thưởng Sở Công Thương". */
  addressee: string;
  /** Body paragraphs before the list. */
  body: string[];
  items: { subjectName: string; detail: string; awardName: string; note: string }[];
  signer: Signer;
}

/** One certificate (Giấy khen, Bằng khen) printed on A4 landscape. */
export interface CertificateData {
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" block is printed by the builder. */
  /** Issuer line, e.g. "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN". */
  issuer: string;
  /** The form in large letters: "GIẤY KHEN" or "BẰNG KHEN". */
  title: string;
  /** "Tặng" line: the person ("Ông Nguyễn Văn An" / "Bà …") or the collective's name. */
  recipient: string;
  /** Position and unit under the name; empty for a collective. */
  detail: string;
  /** "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026". */
  achievement: string;
  /** "Quyết định số 123/QĐ-SCT ngày 15/01/2027". */
  decisionLine: string;
  /** "Thái Nguyên, ngày 15 tháng 01 năm 2027". */
  dateline: string;
  signerTitle: string[];
  signerName: string;
  /** Register number on the certificate ("Số sổ vàng: 2027/123-045"). */
  registerNo: string;
  /** The word before the name: "Tặng" on awards (the default), "Chứng nhận" on a certificate of recognition. */
  lead?: string;
}

export interface CertificateOptions {
  /** Shift of everything printed, in millimetres, to fit pre-printed forms. */
  offsetXmm: number;
  offsetYmm: number;
  /** Leave out the borders and the national heading when printing onto pre-printed forms. */
  preprinted: boolean;
}
