/** What `year` means wherever an award is judged or proposed (ND 98 Art 30 cl. 9; Law Arts 44, 73). */
export const ACHIEVEMENT_YEAR_TEXT =
  'Năm thành tích: năm cuối của thời kỳ thành tích được xét. Hồ sơ đầu năm 2026 xét cho năm 2025; thời kỳ 5 năm của Bằng khen Thủ tướng và Huân chương Lao động kết thúc ở năm này; chưa có xếp loại năm này thì kết quả nói rõ là thiếu. / Achievement year: the last year of the achievement period judged (proposals of early 2026 are for 2025; five-year windows end in it).';
