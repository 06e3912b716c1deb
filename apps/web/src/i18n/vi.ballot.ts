/** Vietnamese texts of the council's ballot: one card per agenda item. */
export const viBallot = {
  'ballot.list': 'Các đề nghị đưa ra biểu quyết',
  'ballot.item': 'Đề nghị {no}: {name}',
  'ballot.unmet': 'Tiêu chuẩn chưa đáp ứng hoặc cần Hội đồng xem xét',
  'ballot.allMet': 'Đáp ứng đủ các tiêu chuẩn khi đơn vị gửi hồ sơ.',
  'ballot.noVerdict': 'Hồ sơ gửi trước khi lưu kết quả xét điều kiện.',
  'ballot.justification': 'Giải trình của đơn vị',
  'ballot.noJustification': 'Đơn vị không ghi giải trình.',
  'ballot.rule': 'Ngưỡng thông qua: {rule} số thành viên được biểu quyết',
  'ballot.choose': 'Lựa chọn của bạn',
} as const;
