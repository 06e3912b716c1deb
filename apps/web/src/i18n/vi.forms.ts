/** Vietnamese texts shared by every form: dates, text limits, unsaved changes and drafts. */
export const viForms = {
  'rounds.opensOn': 'Chấm từ ngày',
  'rounds.closesOn': 'Chấm đến ngày',
  'audit.dateFrom': 'Từ ngày',
  'audit.dateTo': 'Đến ngày',
  'forms.datePlaceholder': 'dd/mm/yyyy',
  'forms.pickDate': 'Chọn ngày trên lịch',
  'forms.maxChars': 'Tối đa {max} ký tự',
  'forms.tooLong': 'Tối đa {max} ký tự — đang có {count} ký tự, hãy rút gọn trước khi lưu',
  'forms.leaveTitle': 'Rời trang khi chưa lưu?',
  'forms.leaveBody': 'Những thay đổi bạn vừa nhập chưa được lưu và sẽ mất nếu rời trang.',
  'forms.leaveBodyDraft':
    'Những thay đổi bạn vừa nhập chưa được lưu. Bản nháp được giữ trên máy này và sẽ được đề nghị khôi phục khi bạn mở lại biểu mẫu.',
  'forms.leave': 'Rời trang',
  'forms.stay': 'Ở lại',
  'forms.draftFound': 'Khôi phục bản nháp chưa lưu từ {at}?',
  'forms.draftHint': 'Bản nháp được giữ trên máy này khi bạn rời biểu mẫu mà chưa lưu.',
  'forms.draftRestore': 'Khôi phục',
  'forms.draftDiscard': 'Bỏ bản nháp',
  'forms.draftRestored': 'Đã khôi phục bản nháp. Nhớ bấm Lưu để ghi lại.',
} as const;
