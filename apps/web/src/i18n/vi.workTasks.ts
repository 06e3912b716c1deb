/** Vietnamese texts of the task views: the leader's board, the calendar, the year's timeline, the results. */
export const viWorkTasks = {
  'nav.taskBoard': 'Bảng theo dõi',
  'nav.taskCalendar': 'Lịch hạn nhiệm vụ',
  'nav.taskTimeline': 'Tiến độ cả năm',
  'nav.taskResults': 'Kết quả thực hiện',
  'wt.board': 'Bảng theo dõi nhiệm vụ',
  'wt.calendar': 'Lịch hạn nhiệm vụ',
  'wt.timeline': 'Tiến độ cả năm',
  'wt.results': 'Kết quả thực hiện nhiệm vụ',
} as const;
