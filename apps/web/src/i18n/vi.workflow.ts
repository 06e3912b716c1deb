/** Vietnamese texts of the shared workflow buttons and status history (WorkflowActions, TransitionTimeline). */
export const viWorkflow = {
  'workflow.history': 'Quá trình xử lý',
  'workflow.created': 'Khởi tạo',
  'workflow.empty': 'Chưa có bước xử lý nào.',
  'workflow.fromTo': '“{from}” → “{to}”',
  'workflow.confirm': 'Xác nhận',
  'workflow.confirmText': '{action}: “{name}”?',
  'workflow.reason': 'Lý do',
  'workflow.reasonOptional': 'Lý do / ghi chú (không bắt buộc)',
  'workflow.reasonRequired': 'Vui lòng ghi rõ lý do',
  'workflow.done': 'Đã thực hiện: {action}.',
  'workflow.nextStep': 'Bước tiếp theo',
  'workflow.yourTurn': 'Đến lượt bạn.',
  'workflow.unavailableTitle': 'Chưa thực hiện được',
  'workflow.refused':
    'Không thực hiện được “{action}”: {detail} Trang đã được tải lại để bạn thấy trạng thái mới nhất.',
};
