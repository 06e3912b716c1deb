import type { MovementSpec } from './movementsDemoData.ts';

/**
 * The department's campaigns of 2017–2021 (historyDemo.ts). With the two launched in 2021 that movementsDemoData.ts
 * already holds (Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chung sức xây dựng nông thôn mới),
 * they are the seven movements and campaigns of the department's five-year summary 2017–2021. Each is closed, with
 * its units, registrations, yearly progress and exemplars; the Director's Giấy khen decisions of those years
 * (decisionsDemoData.ts) that rewarded a campaign are linked to it.
 */
export interface HistoryMovementSpec extends MovementSpec {
  /** The Giấy khen decisions given under the campaign: [number, day signed]. */
  awards: [string, string][];
}

const TEAMS = ['QLTT-D1', 'QLTT-D2', 'QLTT-D3', 'QLTT-D4', 'QLTT-D5', 'QLTT-D6'];

export const HISTORY_MOVEMENTS: HistoryMovementSpec[] = [
  {
    name: 'Đưa hàng Việt về nông thôn, hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” giai đoạn 2017–2020',
    kind: 'thematic',
    level: 'department',
    doc: ['12/KH-SCT', '2017-02-15', 'Giám đốc Sở'],
    startsOn: '2017-03-01',
    endsOn: '2020-12-31',
    deadline: '2017-03-31',
    every: 'year',
    steps: [
      ['launch', '2017-03-01'],
      ['start', '2017-04-03'],
      ['final', '2020-12-10'],
      ['close', '2021-01-25'],
    ],
    units: ['QLTM', 'TTKC', 'QLTT'],
    objectives:
      'Đưa hàng Việt chất lượng về các xã vùng sâu, vùng xa\nXây dựng điểm bán hàng Việt cố định tại nông thôn',
    content: 'Tổ chức phiên chợ hàng Việt về nông thôn\nKết nối doanh nghiệp sản xuất với hệ thống phân phối',
    criteria: 'Số phiên chợ tổ chức; số điểm bán hàng Việt duy trì hoạt động',
    targets: [
      { name: 'Phiên chợ hàng Việt về nông thôn', unit: 'phiên', value: 24 },
      { name: 'Điểm bán hàng Việt cố định', unit: 'điểm', value: 8 },
    ],
    exemplars: [
      ['QLTM', 'Tập thể tiêu biểu tổ chức phiên chợ hàng Việt về nông thôn'],
      ['person:TTKC', 'Cá nhân tiêu biểu kết nối doanh nghiệp với điểm bán hàng Việt'],
    ],
    awards: [
      ['4/QĐ-SCT', '2017-10-16'],
      ['10/QĐ-SCT', '2018-09-17'],
    ],
  },
  {
    name: 'Tháng hành động vì an toàn thực phẩm trong lĩnh vực công thương giai đoạn 2017–2021',
    kind: 'thematic',
    level: 'department',
    doc: ['25/KH-SCT', '2017-03-20', 'Giám đốc Sở'],
    startsOn: '2017-04-01',
    endsOn: '2021-12-31',
    deadline: '2017-04-28',
    every: 'year',
    steps: [
      ['launch', '2017-04-01'],
      ['start', '2017-05-02'],
      ['interim', '2019-12-20'],
      ['resume', '2020-01-06'],
      ['final', '2021-12-15'],
      ['close', '2022-01-20'],
    ],
    units: ['QLTT', 'TTR', 'KTATMT', ...TEAMS.slice(0, 3)],
    objectives: 'Kiểm soát an toàn thực phẩm trong sản xuất, kinh doanh thuộc lĩnh vực công thương',
    content: 'Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm\nTuyên truyền, ký cam kết bảo đảm an toàn thực phẩm',
    criteria: 'Số cơ sở được kiểm tra; số vụ vi phạm được phát hiện, xử lý',
    targets: [
      { name: 'Cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra', unit: 'cơ sở', value: 600 },
      { name: 'Vụ vi phạm an toàn thực phẩm được xử lý', unit: 'vụ', value: 120 },
    ],
    exemplars: [
      ['QLTT-D1', 'Đội tiêu biểu trong kiểm tra an toàn thực phẩm'],
      ['person:KTATMT', 'Cá nhân tiêu biểu trong tuyên truyền an toàn thực phẩm'],
    ],
    awards: [
      ['2/QĐ-SCT', '2017-06-09'],
      ['7/QĐ-SCT', '2018-06-11'],
      ['6/QĐ-SCT', '2019-06-10'],
      ['9/QĐ-SCT', '2020-07-06'],
      ['9/QĐ-SCT', '2021-06-14'],
    ],
  },
  {
    name: 'Phát triển sản phẩm công nghiệp nông thôn tiêu biểu giai đoạn 2017–2020',
    kind: 'thematic',
    level: 'department',
    doc: ['40/KH-SCT', '2017-05-08', 'Giám đốc Sở'],
    startsOn: '2017-05-15',
    endsOn: '2020-12-31',
    deadline: '2017-06-15',
    every: 'year',
    steps: [
      ['launch', '2017-05-15'],
      ['start', '2017-06-19'],
      ['final', '2020-12-18'],
      ['close', '2021-02-05'],
    ],
    units: ['TTKC', 'QLCN', 'KHTC'],
    objectives: 'Nâng cao chất lượng, sức cạnh tranh của sản phẩm công nghiệp nông thôn\nBảo tồn, phát triển làng nghề',
    content: 'Hỗ trợ cơ sở công nghiệp nông thôn tham gia bình chọn\nHỗ trợ đề án khuyến công',
    criteria: 'Số sản phẩm được công nhận tiêu biểu; số đề án khuyến công hoàn thành',
    targets: [
      { name: 'Sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh', unit: 'sản phẩm', value: 30 },
      { name: 'Đề án khuyến công được hỗ trợ', unit: 'đề án', value: 40 },
    ],
    exemplars: [
      ['TTKC', 'Đơn vị tiêu biểu hỗ trợ cơ sở công nghiệp nông thôn'],
      ['person:QLCN', 'Cá nhân tiêu biểu trong phát triển làng nghề'],
    ],
    awards: [
      ['6/QĐ-SCT', '2017-12-11'],
      ['8/QĐ-SCT', '2019-11-18'],
    ],
  },
  {
    name: 'Cao điểm đấu tranh chống buôn lậu, gian lận thương mại và hàng giả giai đoạn 2018–2021',
    kind: 'thematic',
    level: 'province',
    doc: ['35/KH-BCĐ389', '2018-01-05', 'Trưởng Ban Chỉ đạo 389 tỉnh'],
    startsOn: '2018-01-15',
    endsOn: '2021-12-31',
    deadline: '2018-02-10',
    every: 'year',
    steps: [
      ['launch', '2018-01-15'],
      ['start', '2018-02-12'],
      ['final', '2021-12-20'],
      ['close', '2022-01-28'],
    ],
    units: ['QLTT', ...TEAMS, 'TTR'],
    objectives: 'Ngăn chặn buôn lậu, gian lận thương mại và hàng giả, nhất là dịp cao điểm Tết Nguyên đán',
    content: 'Kiểm tra, kiểm soát thị trường\nPhối hợp liên ngành trong phát hiện, xử lý vi phạm',
    criteria: 'Số vụ việc kiểm tra, xử lý; số tiền xử phạt nộp ngân sách',
    targets: [
      { name: 'Vụ việc kiểm tra, xử lý', unit: 'vụ', value: 2400 },
      { name: 'Tiền xử phạt nộp ngân sách', unit: 'triệu đồng', value: 30000 },
    ],
    exemplars: [
      ['QLTT-D2', 'Đội tiêu biểu trong đấu tranh chống buôn lậu dịp Tết Nguyên đán'],
      ['person:QLTT', 'Kiểm soát viên tiêu biểu phát hiện vụ xăng dầu không rõ nguồn gốc'],
    ],
    awards: [
      ['6/QĐ-SCT', '2018-03-06'],
      ['10/QĐ-SCT', '2019-12-16'],
      ['6/QĐ-SCT', '2021-03-09'],
    ],
  },
  {
    name: 'Chung tay phòng, chống dịch COVID-19, bảo đảm cung ứng hàng hóa thiết yếu',
    kind: 'thematic',
    level: 'province',
    doc: ['45/KH-UBND', '2020-03-20', 'Chủ tịch UBND tỉnh'],
    startsOn: '2020-03-20',
    endsOn: '2021-12-31',
    deadline: null,
    every: 'year',
    steps: [
      ['launch', '2020-03-20'],
      ['start', '2020-03-23'],
      ['final', '2021-12-10'],
      ['close', '2022-01-14'],
    ],
    units: ['QLTM', 'QLTT', 'VP', 'KHTC'],
    objectives: 'Bảo đảm cung ứng hàng hóa thiết yếu, bình ổn thị trường trong thời gian có dịch',
    content: 'Duy trì điểm bán hàng bình ổn giá\nBảo đảm lưu thông hàng hóa, vừa sản xuất vừa phòng, chống dịch',
    criteria: 'Số điểm bán hàng bình ổn giá; không để thiếu hàng, tăng giá đột biến',
    targets: [{ name: 'Điểm bán hàng bình ổn giá', unit: 'điểm', value: 60 }],
    exemplars: [['QLTM', 'Tập thể tiêu biểu bảo đảm cung ứng hàng hóa thiết yếu']],
    awards: [
      ['7/QĐ-SCT', '2020-05-11'],
      ['11/QĐ-SCT', '2021-09-20'],
    ],
  },
];
