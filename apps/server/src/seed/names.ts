/**
 * Name data for the demo department and the benchmark dataset: a seeded PRNG
 * (same data on every run), Vietnamese personal names with realistic
 * frequencies (northern flavour, with the Tày/Nùng family names common in
 * Thái Nguyên), and enterprise / cooperative names of the province.
 */

/** mulberry32: tiny, fast and good enough for test data; never for secrets. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** A weighted list compiled once into cumulative weights, so a pick is a binary search. */
export class Weighted {
  private readonly values: string[];
  private readonly cumulative: number[];
  private readonly total: number;
  constructor(table: Record<string, number>) {
    this.values = Object.keys(table);
    let sum = 0;
    this.cumulative = this.values.map((v) => (sum += table[v]!));
    this.total = sum;
  }
  pick(rng: Rng): string {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
  get size(): number {
    return this.values.length;
  }
}

// Shares per mille, roughly as in the north (Hoàng rather than Huỳnh, Vũ rather than Võ).
// prettier-ignore
export const FAMILY_NAMES = new Weighted({
  Nguyễn: 330, Trần: 100, Lê: 80, Phạm: 65, Hoàng: 55, Vũ: 40, Đặng: 25, Bùi: 25, Đỗ: 22,
  Ngô: 15, Dương: 18, Phan: 14, Hà: 15, Đào: 12, Đinh: 12, Nông: 12, Trịnh: 10, Lương: 10,
  Hồ: 8, Đoàn: 8, Ma: 8, Lý: 6, Triệu: 6, Lưu: 6, Mai: 6, Cao: 6, Tạ: 5, Chu: 5, Tô: 4,
  Lâm: 4, Đàm: 4, Kiều: 3, Lục: 3, Hứa: 3, Quách: 3, Khổng: 2, Âu: 2, Tăng: 2,
});

// prettier-ignore
const MALE_MIDDLE = new Weighted({
  Văn: 360, Đức: 80, Minh: 70, Quang: 50, Hữu: 40, Xuân: 35, Thanh: 35, Đình: 30, Công: 30,
  Mạnh: 25, Tiến: 25, Ngọc: 25, Thế: 25, Quốc: 25, Duy: 20, Trung: 15, Anh: 15, Hoàng: 15,
  Việt: 15, Trọng: 15, Tuấn: 10, Huy: 10, Hải: 10, Bá: 10, Khắc: 8, Kim: 5, 'Văn Minh': 4,
  'Đức Anh': 4, 'Quang Minh': 3,
});

// prettier-ignore
const FEMALE_MIDDLE = new Weighted({
  Thị: 430, Thu: 40, Ngọc: 40, Thanh: 40, Minh: 25, Hồng: 25, Phương: 20, Thùy: 20, Kim: 15,
  Thúy: 10, Hải: 10, Mai: 10, Bích: 10, Diệu: 8, Khánh: 8, Quỳnh: 8, Lan: 8, Hương: 5,
  'Thị Thu': 40, 'Thị Thanh': 40, 'Thị Hồng': 30, 'Thị Minh': 20, 'Thị Ngọc': 20,
  'Thị Kim': 15, 'Thị Thúy': 10, 'Thị Bích': 10, 'Thị Phương': 10, 'Thị Mai': 8,
});

// prettier-ignore
const MALE_GIVEN = new Weighted({
  Anh: 40, Tuấn: 40, Hùng: 35, Dũng: 35, Minh: 35, Hải: 30, Nam: 30, Thắng: 28, Sơn: 28,
  Cường: 25, Long: 25, Quang: 22, Trung: 22, Hiếu: 20, Huy: 20, Đức: 20, Tùng: 20, Thành: 20,
  Việt: 18, Hoàng: 16, Bình: 16, Phong: 15, Toàn: 15, Hưng: 15, Khánh: 14, Tú: 12, Đạt: 12,
  Kiên: 12, Mạnh: 12, Nghĩa: 12, Quân: 12, Thái: 10, Vinh: 10, Hiệp: 10, Chiến: 10, Lâm: 8,
  Phúc: 8, Tâm: 8, Khoa: 8, Thịnh: 8, Lợi: 6, Chính: 6, Công: 6, Định: 6, Đông: 6, Hòa: 6,
  An: 6, Giang: 5, Dương: 5, Hậu: 5, Tiến: 8, Trường: 6, Vũ: 5, Thanh: 6, Bắc: 3, Cảnh: 3,
  Doanh: 3, Hào: 3, Lực: 3, Nhật: 3, Quyết: 3, Sáng: 2, Thuận: 3, Tới: 2, Tuyên: 2, Vượng: 2,
});

// prettier-ignore
const FEMALE_GIVEN = new Weighted({
  Hương: 40, Hằng: 35, Lan: 30, Linh: 30, Trang: 30, Huyền: 28, Thảo: 28, Hà: 25, Nga: 25,
  Phương: 25, Thủy: 25, Hạnh: 22, Hoa: 22, Mai: 22, Yến: 20, Dung: 20, Ngọc: 18, Hiền: 18,
  Nhung: 18, Quỳnh: 16, Anh: 16, Vân: 15, Loan: 14, Oanh: 12, Thu: 12, Liên: 12, Thanh: 12,
  Ánh: 10, Chi: 10, Giang: 10, Ngân: 10, Tâm: 10, Duyên: 8, Huệ: 8, Thoa: 8, Tuyết: 8,
  Diệp: 5, Ly: 6, Quyên: 6, Thắm: 6, Nhàn: 5, Hậu: 4, Xuân: 5, Gấm: 2, Lụa: 2, Hường: 5,
  Nguyệt: 5, Phượng: 5, Sen: 3, Tươi: 3, Uyên: 4, Vui: 2, Ninh: 2, Trinh: 4,
});

export type Gender = 'male' | 'female';

export interface GeneratedName {
  familyName: string;
  middleName: string;
  givenName: string;
  gender: Gender;
}

export function randomName(rng: Rng, gender: Gender): GeneratedName {
  const male = gender === 'male';
  return {
    familyName: FAMILY_NAMES.pick(rng),
    middleName: (male ? MALE_MIDDLE : FEMALE_MIDDLE).pick(rng),
    givenName: (male ? MALE_GIVEN : FEMALE_GIVEN).pick(rng),
    gender,
  };
}

export const joinName = (n: { familyName: string; middleName: string; givenName: string }): string =>
  [n.familyName, n.middleName, n.givenName].filter(Boolean).join(' ');

/** ISO date between two years, day kept ≤ 28 so every month is valid. */
export function randomDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A 12-digit citizen id as issued since 2016: province (019 = Thái Nguyên),
 * a digit for century and sex, two digits of the birth year, six random digits.
 */
export function citizenId(rng: Rng, gender: Gender, dateOfBirth: string, province = '019'): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const centuryDigit = (year >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  const serial = String(rng.int(0, 999_999)).padStart(6, '0');
  return `${province}${centuryDigit}${String(year % 100).padStart(2, '0')}${serial}`;
}

/** Enterprises of the province (code, name): industry, tea, electronics, mining, trade. */
export const ENTERPRISES: readonly [string, string][] = [
  ['DN-TISCO', 'Công ty Cổ phần Gang thép Thái Nguyên'],
  ['DN-SEVT', 'Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên'],
  ['DN-SEMV', 'Công ty TNHH Samsung Electro-Mechanics Việt Nam'],
  ['DN-CHE-HB', 'Công ty Cổ phần Chè Tân Cương Hoàng Bình'],
  ['DN-XM-QT', 'Công ty Cổ phần Xi măng Quán Triều VVMI'],
  ['DN-XM-LH', 'Công ty Cổ phần Xi măng La Hiên VVMI'],
  ['DN-PCTN', 'Công ty Điện lực Thái Nguyên'],
  ['DN-THAN-KH', 'Công ty Than Khánh Hòa – VVMI'],
  ['DN-THAN-NH', 'Công ty Than Núi Hồng – VVMI'],
  ['DN-NUIPHAO', 'Công ty TNHH Khai thác Chế biến Khoáng sản Núi Pháo'],
  ['DN-KLM', 'Công ty Cổ phần Kim loại màu Thái Nguyên'],
  ['DN-CKGT', 'Công ty Cổ phần Cơ khí Gang thép Thái Nguyên'],
  ['DN-PTM1', 'Công ty Cổ phần Phụ tùng máy số 1'],
  ['DN-GIAY-HVT', 'Công ty Cổ phần Giấy Hoàng Văn Thụ'],
  ['DN-NUOC', 'Công ty Cổ phần Nước sạch Thái Nguyên'],
  ['DN-HANWHA', 'Công ty TNHH Hanwha Aerospace Việt Nam'],
  ['DN-CHE-SC', 'Công ty Cổ phần Chè Sông Cầu'],
  ['DN-CHE-HT', 'Công ty Cổ phần Chè Hà Thái'],
  ['DN-GIASANG', 'Công ty Cổ phần Luyện cán thép Gia Sàng'],
  ['DN-SOI-PB', 'Công ty Cổ phần Sợi Phú Bình'],
  ['DN-MAY-PY', 'Công ty TNHH May mặc Phổ Yên'],
  ['DN-DUOC', 'Công ty Cổ phần Dược – Vật tư y tế Thái Nguyên'],
  ['DN-THAIHUNG', 'Công ty Cổ phần Thương mại Thái Hưng'],
  ['DN-XD-BT', 'Công ty Xăng dầu Bắc Thái'],
  ['DN-TP-TN', 'Công ty Cổ phần Thực phẩm Thái Nguyên'],
  ['DN-DIENCO-SC', 'Công ty Cổ phần Điện cơ Sông Công'],
  ['DN-KS-DT', 'Công ty Cổ phần Khoáng sản Đại Từ'],
  ['DN-YENBINH', 'Công ty Cổ phần Đầu tư Phát triển Khu công nghiệp Yên Bình'],
  ['DN-VLXD', 'Công ty Cổ phần Vật liệu xây dựng Thái Nguyên'],
  ['DN-TM-BS', 'Công ty Cổ phần Thương mại Bắc Sơn'],
];

export const COOPERATIVES: readonly [string, string][] = [
  ['HTX-CHE-LB', 'Hợp tác xã Chè La Bằng'],
  ['HTX-CHE-TC', 'Hợp tác xã Chè Tân Cương'],
  ['HTX-CHE-HD', 'Hợp tác xã Chè an toàn Hảo Đạt'],
  ['HTX-CHE-KC', 'Hợp tác xã Chè Khe Cốc'],
  ['HTX-CHE-HN', 'Hợp tác xã Chè Hoàng Nông'],
  ['HTX-CHE-VT', 'Hợp tác xã Chè Vô Tranh'],
  ['HTX-NN-MT', 'Hợp tác xã Nông nghiệp Minh Tiến'],
  ['HTX-DVNN-TP', 'Hợp tác xã Dịch vụ nông nghiệp Tiên Phong'],
  ['HTX-GAO-DH', 'Hợp tác xã Gạo Bao Thai Định Hóa'],
  ['HTX-MAYTRE', 'Hợp tác xã Mây tre đan Đồng Hỷ'],
];
