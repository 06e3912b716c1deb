/**
 * The data behind initiativesDemo.ts: the record to reproduce — over 2017–2021
 * the sector produced 152 initiatives and topics, 19 of them recognised
 * province-wide — and the titles the register is topped up with, by unit and
 * field, as the department's divisions write them.
 */

export const INITIATIVES_FIRST_YEAR = 2017;
export const INITIATIVES_LAST_YEAR = 2021;
/** Per year of 2017–2021: initiatives and topics in all, and those recognised province-wide (152 and 19). */
export const INITIATIVES_PER_YEAR: Record<number, { total: number; wide: number }> = {
  2017: { total: 27, wide: 3 },
  2018: { total: 29, wide: 4 },
  2019: { total: 30, wide: 4 },
  2020: { total: 32, wide: 4 },
  2021: { total: 34, wide: 4 },
};

const F = {
  CCHC: 'Cải cách hành chính',
  CNTT: 'Công nghệ thông tin',
  KT: 'Kinh tế',
  TC: 'Tài chính',
  TTR: 'Thanh tra',
  CN: 'Quản lý công nghiệp',
  TM: 'Quản lý thương mại',
  NL: 'Năng lượng',
  MT: 'An toàn – môi trường',
  TP: 'An toàn thực phẩm',
  QLTT: 'Quản lý thị trường',
  KC: 'Khuyến công',
  XT: 'Xúc tiến thương mại',
} as const;

/**
 * [unit, field, title]; a title starting with `*` was also recognised province-wide. `QLTT*` is the
 * Chi cục or one of its teams. The kind follows the title: "Nghiên cứu…"/"Đề tài…" are research topics,
 * "Cải tiến…" technical improvements, the rest initiatives.
 */
// prettier-ignore
export const TOP_UP_TITLES: [string, string, string][] = [
  ['VP', F.CCHC, 'Giải pháp số hóa hồ sơ cấp giấy phép kinh doanh rượu'],
  ['VP', F.CCHC, 'Chuẩn hóa bộ biểu mẫu tiếp nhận hồ sơ thủ tục hành chính lĩnh vực Công Thương'],
  ['VP', F.CNTT, 'Ứng dụng chữ ký số trong phát hành văn bản đi của Sở'],
  ['VP', F.CNTT, 'Cải tiến phần mềm quản lý văn bản và điều hành tại Văn phòng Sở'],
  ['VP', F.CCHC, 'Giải pháp rút ngắn thời gian cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu'],
  ['VP', F.CCHC, 'Quy trình lưu trữ hồ sơ điện tử theo thời hạn bảo quản'],
  ['VP', F.CNTT, 'Xây dựng chuyên mục hỏi đáp thủ tục hành chính trên Cổng thông tin điện tử của Sở'],
  ['VP', F.CCHC, 'Giải pháp tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp qua đường dây nóng'],
  ['VP', F.CNTT, 'Cải tiến quy trình sao lưu dữ liệu máy chủ của Sở'],
  ['VP', F.KT, 'Giải pháp tổng hợp báo cáo kinh tế – xã hội ngành Công Thương hằng tháng'],
  ['VP', F.CCHC, 'Quy trình theo dõi, đôn đốc thực hiện nhiệm vụ UBND tỉnh giao'],
  ['VP', F.CNTT, 'Nghiên cứu ứng dụng hộp thư điện tử công vụ trong trao đổi văn bản nội bộ'],
  ['VP', F.CCHC, 'Cải tiến sổ theo dõi hồ sơ một cửa bằng mã QR'],
  ['VP', F.CCHC, 'Giải pháp nâng cao mức độ hài lòng của tổ chức, cá nhân đối với thủ tục hành chính của Sở'],
  ['VP', F.KT, 'Quy trình lập kế hoạch công tác năm của Sở theo kết quả đầu ra'],
  ['VP', F.CNTT, 'Cải tiến trang thông tin nội bộ phục vụ tra cứu văn bản quy phạm pháp luật ngành Công Thương'],
  ['VP', F.CCHC, '*Mô hình “Một cửa điện tử” trong giải quyết thủ tục hành chính lĩnh vực Công Thương'],
  ['VP', F.CNTT, '*Đề tài nghiên cứu xây dựng cơ sở dữ liệu doanh nghiệp ngành Công Thương tỉnh Thái Nguyên'],
  ['VP', F.CCHC, '*Giải pháp liên thông giải quyết thủ tục hành chính lĩnh vực Công Thương với cấp huyện'],
  ['TTR', F.TTR, 'Quy trình tiếp công dân, xử lý đơn thư khiếu nại, tố cáo tại Sở'],
  ['TTR', F.TTR, 'Giải pháp theo dõi việc thực hiện kết luận thanh tra bằng bảng tính dùng chung'],
  ['TTR', F.TTR, 'Quy trình thanh tra chuyên ngành điện lực đối với đơn vị bán lẻ điện nông thôn'],
  ['TTR', F.MT, 'Quy trình kiểm tra an toàn hóa chất tại doanh nghiệp'],
  ['TTR', F.TTR, 'Giải pháp xây dựng kế hoạch thanh tra tránh chồng chéo với các đoàn kiểm tra khác'],
  ['TTR', F.TTR, 'Sổ tay hướng dẫn thanh tra hoạt động kinh doanh khí dầu mỏ hóa lỏng'],
  ['TTR', F.TTR, 'Giải pháp nâng cao chất lượng dự thảo kết luận thanh tra'],
  ['TTR', F.TTR, 'Quy trình thanh tra việc chấp hành pháp luật về vật liệu nổ công nghiệp'],
  ['TTR', F.TP, 'Quy trình hậu kiểm an toàn thực phẩm tại cơ sở sản xuất rượu thủ công'],
  ['TTR', F.TTR, 'Cải tiến mẫu biên bản thanh tra, kiểm tra lĩnh vực Công Thương'],
  ['TTR', F.TTR, 'Giải pháp số hóa hồ sơ các cuộc thanh tra đã kết thúc'],
  ['TTR', F.TM, 'Quy trình kiểm tra việc thực hiện quy định về khuyến mại tại siêu thị, trung tâm thương mại'],
  ['TTR', F.TP, '*Mô hình phối hợp thanh tra liên ngành an toàn thực phẩm tại các chợ đầu mối'],
  ['KHTC', F.TC, 'Giải pháp theo dõi tiến độ giải ngân vốn đầu tư công bằng bảng tổng hợp dùng chung'],
  ['KHTC', F.TC, 'Quy trình thẩm định quyết toán kinh phí khuyến công'],
  ['KHTC', F.TC, 'Cải tiến cách lập báo cáo tài chính quý của các đơn vị trực thuộc'],
  ['KHTC', F.TC, 'Giải pháp tiết kiệm chi thường xuyên tại Văn phòng Sở'],
  ['KHTC', F.TC, 'Quy trình quản lý tài sản công bằng phần mềm tại Sở'],
  ['KHTC', F.KT, 'Giải pháp tổng hợp chỉ tiêu kế hoạch phát triển ngành Công Thương 5 năm'],
  ['KHTC', F.KT, 'Nghiên cứu dự báo tăng trưởng giá trị sản xuất công nghiệp tỉnh Thái Nguyên'],
  ['KHTC', F.TC, 'Cải tiến quy trình thanh toán công tác phí qua tài khoản'],
  ['KHTC', F.TC, 'Quy trình lập dự toán mua sắm tài sản theo phương thức tập trung'],
  ['KHTC', F.TC, 'Giải pháp kiểm soát chứng từ chi trước khi gửi Kho bạc Nhà nước'],
  ['KHTC', F.TC, 'Quy trình công khai ngân sách trên Cổng thông tin điện tử của Sở'],
  ['KHTC', F.KT, '*Đề tài nghiên cứu giải pháp thu hút đầu tư vào các cụm công nghiệp tỉnh Thái Nguyên'],
  ['QLCN', F.CN, 'Cải tiến phần mềm theo dõi chỉ số sản xuất công nghiệp'],
  ['QLCN', F.CN, 'Giải pháp cập nhật cơ sở dữ liệu cụm công nghiệp trên địa bàn tỉnh'],
  ['QLCN', F.CN, 'Quy trình thẩm định thiết kế xây dựng công trình công nghiệp'],
  ['QLCN', F.CN, 'Giải pháp hỗ trợ doanh nghiệp công nghiệp hỗ trợ tham gia chuỗi cung ứng'],
  ['QLCN', F.CN, 'Quy trình kiểm tra công tác an toàn đập, hồ chứa thủy điện'],
  ['QLCN', F.CN, 'Giải pháp theo dõi tình hình sản xuất của các doanh nghiệp chế biến chè'],
  ['QLCN', F.CN, 'Quy trình đánh giá hiện trạng các cụm công nghiệp để đề xuất điều chỉnh quy hoạch'],
  ['QLCN', F.KT, 'Nghiên cứu thực trạng công nghiệp chế biến nông sản tỉnh Thái Nguyên'],
  ['QLCN', F.CN, 'Giải pháp thu thập số liệu chỉ số sản xuất công nghiệp qua thư điện tử'],
  ['QLCN', F.CN, 'Cải tiến biểu mẫu báo cáo định kỳ của doanh nghiệp sản xuất vật liệu xây dựng'],
  ['QLCN', F.CCHC, 'Quy trình cấp giấy phép sản xuất rượu công nghiệp'],
  ['QLCN', F.KT, 'Giải pháp kết nối doanh nghiệp có vốn đầu tư nước ngoài với nhà cung ứng trong tỉnh'],
  ['QLCN', F.CN, 'Giải pháp quản lý hoạt động sản xuất, kinh doanh tiền chất công nghiệp'],
  ['QLCN', F.CN, 'Quy trình kiểm tra việc thực hiện dự án đầu tư trong cụm công nghiệp'],
  ['QLCN', F.CN, '*Đề tài nghiên cứu phát triển công nghiệp hỗ trợ trên địa bàn tỉnh Thái Nguyên'],
  ['QLCN', F.CN, '*Giải pháp đẩy nhanh tiến độ đầu tư hạ tầng kỹ thuật các cụm công nghiệp'],
  ['QLTM', F.TM, 'Giải pháp kết nối tiêu thụ nông sản qua các hội nghị giao thương'],
  ['QLTM', F.CCHC, 'Quy trình cấp Giấy phép kinh doanh bán lẻ sản phẩm thuốc lá'],
  ['QLTM', F.TM, 'Giải pháp quản lý mạng lưới chợ nông thôn bằng bản đồ số'],
  ['QLTM', F.CCHC, 'Quy trình thẩm định hồ sơ đăng ký thực hiện khuyến mại'],
  ['QLTM', F.TM, 'Giải pháp theo dõi nguồn cung xăng dầu trên địa bàn trong thời điểm khan hiếm'],
  ['QLTM', F.TM, 'Giải pháp bình ổn thị trường hàng hóa thiết yếu dịp Tết Nguyên đán'],
  ['QLTM', F.TM, 'Quy trình xây dựng kế hoạch phát triển chợ giai đoạn 5 năm'],
  ['QLTM', F.TM, 'Nghiên cứu thực trạng phát triển thương mại điện tử tỉnh Thái Nguyên'],
  ['QLTM', F.TM, 'Giải pháp hỗ trợ doanh nghiệp xuất khẩu chè ứng phó với rào cản kỹ thuật'],
  ['QLTM', F.KT, 'Cải tiến biểu mẫu thống kê tổng mức bán lẻ hàng hóa và doanh thu dịch vụ'],
  ['QLTM', F.TM, 'Giải pháp cảnh báo sớm về phòng vệ thương mại cho doanh nghiệp xuất khẩu'],
  ['QLTM', F.CCHC, 'Quy trình cấp Giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu'],
  ['QLTM', F.TM, 'Giải pháp quản lý hoạt động bán hàng đa cấp tại địa phương'],
  ['QLTM', F.TM, 'Giải pháp khuyến khích thanh toán không dùng tiền mặt tại các chợ'],
  ['QLTM', F.TM, '*Mô hình chuỗi cung ứng sản phẩm an toàn từ hợp tác xã đến siêu thị'],
  ['QLTM', F.TM, '*Đề tài nghiên cứu phát triển hệ thống phân phối hàng hóa tại khu vực nông thôn miền núi tỉnh Thái Nguyên'],
  ['QLNL', F.NL, 'Giải pháp tiết kiệm năng lượng trong các cơ sở sản xuất gạch không nung'],
  ['QLNL', F.NL, 'Quy trình kiểm tra an toàn hành lang lưới điện cao áp'],
  ['QLNL', F.NL, 'Giải pháp hỗ trợ doanh nghiệp thực hiện kiểm toán năng lượng'],
  ['QLNL', F.NL, 'Quy trình thẩm định phương án cấp điện cho các dự án đầu tư'],
  ['QLNL', F.NL, 'Giải pháp theo dõi điện năng tiêu thụ của cơ sở sử dụng năng lượng trọng điểm'],
  ['QLNL', F.CCHC, 'Cải tiến quy trình cấp giấy phép hoạt động điện lực'],
  ['QLNL', F.NL, 'Nghiên cứu tiềm năng điện mặt trời mái nhà tại các khu công nghiệp tỉnh Thái Nguyên'],
  ['QLNL', F.NL, 'Giải pháp tuyên truyền sử dụng năng lượng tiết kiệm trong hộ gia đình'],
  ['QLNL', F.NL, 'Quy trình giám sát vận hành hồ chứa thủy điện trong mùa lũ'],
  ['QLNL', F.NL, 'Giải pháp quản lý lưới điện hạ áp nông thôn sau tiếp nhận'],
  ['QLNL', F.NL, 'Cải tiến biểu mẫu báo cáo tình hình cung ứng điện'],
  ['QLNL', F.NL, 'Giải pháp rà soát quy hoạch phát triển điện lực cấp huyện'],
  ['QLNL', F.NL, '*Mô hình sử dụng năng lượng tiết kiệm, hiệu quả tại các doanh nghiệp sản xuất thép'],
  ['QLNL', F.NL, '*Đề tài nghiên cứu giải pháp giảm tổn thất điện năng lưới điện nông thôn tỉnh Thái Nguyên'],
  ['KTATMT', F.MT, 'Quy trình thẩm định kế hoạch phòng ngừa, ứng phó sự cố hóa chất'],
  ['KTATMT', F.MT, 'Giải pháp quản lý kho chứa vật liệu nổ công nghiệp bằng sổ theo dõi điện tử'],
  ['KTATMT', F.MT, 'Quy trình kiểm tra an toàn lò hơi, thiết bị áp lực trong doanh nghiệp'],
  ['KTATMT', F.MT, 'Giải pháp thống kê hóa chất nguy hiểm tại doanh nghiệp'],
  ['KTATMT', F.TP, 'Quy trình cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm'],
  ['KTATMT', F.TP, 'Giải pháp tập huấn kiến thức an toàn thực phẩm cho cơ sở sản xuất nhỏ lẻ'],
  ['KTATMT', F.MT, 'Cải tiến phiếu kiểm tra an toàn cửa hàng kinh doanh khí dầu mỏ hóa lỏng'],
  ['KTATMT', F.MT, 'Quy trình giám sát xử lý chất thải công nghiệp tại các cụm công nghiệp'],
  ['KTATMT', F.MT, 'Nghiên cứu đánh giá nguy cơ sự cố hóa chất tại các cơ sở khai thác khoáng sản'],
  ['KTATMT', F.TP, 'Giải pháp truy xuất nguồn gốc sản phẩm chè bằng tem điện tử'],
  ['KTATMT', F.MT, '*Mô hình quản lý an toàn hóa chất dựa vào cộng đồng tại khu công nghiệp'],
  ['KTATMT', F.MT, '*Quy trình phối hợp ứng phó sự cố rò rỉ, cháy nổ tại kho xăng dầu, khí dầu mỏ hóa lỏng'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra hàng hóa nhập lậu tại các điểm tập kết hàng hóa'],
  ['QLTT*', F.QLTT, 'Giải pháp phát hiện hàng giả rao bán qua mạng xã hội'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra chất lượng phân bón tại cơ sở kinh doanh'],
  ['QLTT*', F.QLTT, 'Giải pháp quản lý địa bàn bằng sổ theo dõi cơ sở kinh doanh điện tử'],
  ['QLTT*', F.QLTT, 'Quy trình xử lý tang vật vi phạm hành chính bị tịch thu'],
  ['QLTT*', F.TP, 'Giải pháp lấy mẫu kiểm nghiệm thực phẩm dịp Tết Trung thu'],
  ['QLTT*', F.QLTT, 'Cải tiến mẫu biên bản vi phạm hành chính trong lĩnh vực thương mại'],
  ['QLTT*', F.QLTT, 'Giải pháp phối hợp với công an xã trong kiểm tra kinh doanh pháo'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra mỹ phẩm tại cơ sở kinh doanh'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra niêm yết giá tại các chợ, điểm du lịch'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra kinh doanh thuốc lá điếu nhập lậu'],
  ['QLTT*', F.QLTT, 'Giải pháp thu thập thông tin thị trường qua mạng lưới cộng tác viên'],
  ['QLTT*', F.QLTT, 'Quy trình tiêu hủy hàng hóa vi phạm bảo đảm vệ sinh môi trường'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra hàng hóa vận chuyển qua dịch vụ chuyển phát'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm soát đo lường tại cửa hàng xăng dầu'],
  ['QLTT*', F.QLTT, 'Giải pháp tuyên truyền phòng chống hàng giả tại trường học'],
  ['QLTT*', F.QLTT, 'Nghiên cứu các thủ đoạn gian lận thương mại trên sàn thương mại điện tử'],
  ['QLTT*', F.TP, 'Quy trình kiểm tra an toàn thực phẩm tại bếp ăn tập thể khu công nghiệp'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra chất lượng vàng trang sức, mỹ nghệ'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra hàng hóa không rõ nguồn gốc tại các chợ phiên vùng cao'],
  ['QLTT*', F.QLTT, 'Cải tiến sổ theo dõi hồ sơ vụ việc vi phạm hành chính'],
  ['QLTT*', F.QLTT, 'Quy trình phối hợp với cơ quan thuế xác định giá trị hàng hóa vi phạm'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra hoạt động chiết nạp khí dầu mỏ hóa lỏng trái phép'],
  ['QLTT*', F.TP, 'Quy trình kiểm tra kinh doanh rượu không nhãn mác'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra hàng hóa vi phạm sở hữu trí tuệ tại trung tâm thương mại'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra chất lượng thức ăn chăn nuôi'],
  ['QLTT*', F.QLTT, 'Giải pháp xác minh nguồn gốc hàng hóa bằng tra cứu mã số, mã vạch'],
  ['QLTT*', F.QLTT, 'Giải pháp nâng cao kỹ năng lập hồ sơ vụ việc cho kiểm soát viên mới'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra kinh doanh vật tư, thiết bị y tế'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra hàng hóa nhập lậu trên tuyến Quốc lộ 37'],
  ['QLTT*', F.TP, 'Quy trình kiểm tra thực phẩm đông lạnh không rõ nguồn gốc'],
  ['QLTT*', F.QLTT, 'Giải pháp hỗ trợ người tiêu dùng nhận biết hàng thật, hàng giả'],
  ['QLTT*', F.QLTT, 'Cải tiến cách lưu trữ hồ sơ kiểm tra theo địa bàn xã, phường'],
  ['QLTT*', F.QLTT, 'Giải pháp ứng dụng điện thoại thông minh lập biên bản tại hiện trường'],
  ['QLTT*', F.QLTT, 'Quy trình kiểm tra sản xuất, kinh doanh mũ bảo hiểm'],
  ['QLTT*', F.QLTT, 'Giải pháp kiểm tra đồ chơi trẻ em không bảo đảm chất lượng'],
  ['QLTT*', F.TP, '*Mô hình “Chợ an toàn thực phẩm, không hàng giả” tại các chợ trung tâm'],
  ['QLTT*', F.QLTT, '*Giải pháp chống buôn lậu, gian lận thương mại trên tuyến Quốc lộ 1B'],
  ['QLTT*', F.QLTT, '*Đề tài nghiên cứu nâng cao hiệu quả kiểm soát hàng hóa kinh doanh trên thương mại điện tử tỉnh Thái Nguyên'],
  ['QLTT*', F.QLTT, '*Mô hình phối hợp giữa lực lượng quản lý thị trường và chính quyền cơ sở trong quản lý địa bàn'],
  ['TTKC', F.XT, 'Giải pháp tổ chức hội chợ thương mại kết hợp trưng bày trực tuyến'],
  ['TTKC', F.KC, 'Quy trình lựa chọn đề án khuyến công địa phương'],
  ['TTKC', F.KC, 'Giải pháp hỗ trợ cơ sở sản xuất chè xây dựng nhãn hiệu'],
  ['TTKC', F.KC, 'Giải pháp hỗ trợ thiết kế bao bì sản phẩm công nghiệp nông thôn'],
  ['TTKC', F.KC, 'Cải tiến máy sao chè bằng tôn quay cho hộ sản xuất'],
  ['TTKC', F.KC, 'Cải tiến dây chuyền sấy miến dong tại làng nghề'],
  ['TTKC', F.KC, 'Giải pháp đào tạo nghề mây tre đan gắn với tiêu thụ sản phẩm'],
  ['TTKC', F.KC, 'Quy trình bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh'],
  ['TTKC', F.XT, 'Giải pháp tư vấn doanh nghiệp tham gia sàn thương mại điện tử'],
  ['TTKC', F.XT, 'Giải pháp quảng bá sản phẩm đặc trưng của tỉnh qua video ngắn'],
  ['TTKC', F.KC, 'Quy trình nghiệm thu đề án khuyến công'],
  ['TTKC', F.XT, 'Giải pháp tổ chức phiên giao dịch thương mại tại các huyện vùng cao'],
  ['TTKC', F.KC, 'Cải tiến lò sấy chè tiết kiệm củi cho hộ sản xuất nhỏ'],
  ['TTKC', F.KC, 'Nghiên cứu ứng dụng máy vò chè liên hoàn cho cơ sở sản xuất quy mô hộ'],
  ['TTKC', F.XT, 'Giải pháp kết nối cơ sở sản xuất với hệ thống siêu thị'],
  ['TTKC', F.XT, 'Quy trình tổ chức đoàn doanh nghiệp tham gia hội chợ ngoài tỉnh'],
  ['TTKC', F.KC, 'Giải pháp xây dựng cơ sở dữ liệu cơ sở công nghiệp nông thôn'],
  ['TTKC', F.KC, 'Cải tiến thiết bị đóng gói chè túi lọc cho hợp tác xã'],
  ['TTKC', F.KC, 'Giải pháp hỗ trợ làng nghề áp dụng sản xuất sạch hơn'],
  ['TTKC', F.KC, 'Giải pháp tư vấn sản xuất sạch hơn cho doanh nghiệp chế biến nông sản'],
  ['TTKC', F.XT, 'Giải pháp xây dựng điểm giới thiệu, bán sản phẩm OCOP'],
  ['TTKC', F.KC, '*Mô hình trình diễn kỹ thuật chế biến chè xanh chất lượng cao'],
  ['TTKC', F.XT, '*Giải pháp xúc tiến xuất khẩu chè Thái Nguyên sang thị trường châu Âu'],
  ['TTKC', F.KC, '*Đề tài nghiên cứu phát triển làng nghề chè gắn với du lịch cộng đồng'],
];

/** The 2025 round, decided: [unit, field, title]. */
// prettier-ignore
export const ROUND_2025_TITLES: [string, string, string][] = [
  ['TTR', F.TTR, 'Quy trình thanh tra việc chấp hành pháp luật về an toàn điện tại doanh nghiệp'],
  ['QLTM', F.TM, 'Giải pháp hỗ trợ hộ kinh doanh tại chợ chuyển sang thanh toán điện tử'],
  ['QLTT-D1', F.QLTT, 'Giải pháp kiểm tra hàng hóa vận chuyển ban đêm trên tuyến Quốc lộ 3 mới'],
  ['TTKC', F.KC, 'Cải tiến máy sàng phân loại chè búp tươi cho hợp tác xã'],
  ['KTATMT', F.MT, 'Quy trình kiểm tra kế hoạch ứng phó sự cố hóa chất tại kho chứa'],
];

/** The 2026 round, open: [unit, field, title], submitted in October 2026. */
// prettier-ignore
export const ROUND_2026_TITLES: [string, string, string][] = [
  ['QLTM', F.TM, 'Giải pháp quản lý hoạt động bán hàng qua livestream của hộ kinh doanh trên địa bàn'],
  ['QLNL', F.NL, 'Giải pháp số hóa hồ sơ theo dõi cơ sở sử dụng năng lượng trọng điểm'],
  ['QLTT-D3', F.QLTT, 'Quy trình kiểm tra hàng hóa bán qua sàn thương mại điện tử có kho hàng tại tỉnh'],
  ['TTKC', F.XT, 'Ứng dụng trí tuệ nhân tạo viết mô tả sản phẩm OCOP trên gian hàng trực tuyến'],
  ['VP', F.CCHC, 'Cải tiến quy trình tiếp nhận hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh'],
  ['KHTC', F.TC, 'Giải pháp đối chiếu số liệu thu, chi ngân sách bằng bảng tính tự động'],
  ['QLCN', F.CN, 'Giải pháp theo dõi tiến độ dự án trong cụm công nghiệp bằng bản đồ số'],
];

/** The situation an initiative answers, by field (the application form's "thực trạng"). */
export const PROBLEMS: Record<string, string> = {
  [F.CCHC]:
    'Hồ sơ thủ tục hành chính được tiếp nhận, luân chuyển bằng giấy; thời gian giải quyết kéo dài, khó tra cứu khi tổ chức, cá nhân hỏi tiến độ.',
  [F.CNTT]: 'Dữ liệu nằm rải rác ở nhiều máy tính và sổ sách; việc tổng hợp phụ thuộc từng cán bộ, chậm và dễ sai sót.',
  [F.KT]: 'Thiếu số liệu cập nhật, thống nhất để tham mưu chỉ đạo, điều hành và dự báo tình hình phát triển của ngành.',
  [F.TC]:
    'Số liệu thu, chi được tổng hợp thủ công từ nhiều đơn vị, thường phải đối chiếu lại nhiều lần trước khi báo cáo.',
  [F.TTR]:
    'Các cuộc thanh tra, kiểm tra còn chồng chéo về đối tượng và thời gian; việc theo dõi thực hiện kết luận chưa chặt chẽ.',
  [F.CN]:
    'Thông tin về sản xuất, đầu tư của doanh nghiệp công nghiệp được cập nhật chậm, chưa đủ để tham mưu kịp thời.',
  [F.TM]:
    'Hoạt động thương mại trên địa bàn biến động nhanh trong khi việc theo dõi, quản lý vẫn dựa chủ yếu vào báo cáo định kỳ.',
  [F.NL]:
    'Nhiều cơ sở sản xuất và khu dân cư sử dụng điện, năng lượng chưa hiệu quả; việc kiểm tra, theo dõi còn thủ công.',
  [F.MT]:
    'Nguy cơ sự cố hóa chất, mất an toàn tại cơ sở sản xuất còn cao; hồ sơ theo dõi của cơ quan quản lý chưa đầy đủ.',
  [F.TP]:
    'Cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ nhiều, việc chấp hành quy định về an toàn thực phẩm chưa nghiêm.',
  [F.QLTT]: 'Hàng giả, hàng nhập lậu, hàng không rõ nguồn gốc ngày càng tinh vi và chuyển dần lên môi trường mạng.',
  [F.KC]: 'Cơ sở công nghiệp nông thôn quy mô nhỏ, thiết bị lạc hậu, thiếu vốn và kỹ năng tiếp cận thị trường.',
  [F.XT]: 'Sản phẩm của doanh nghiệp, hợp tác xã trong tỉnh chưa được quảng bá rộng rãi, kênh tiêu thụ còn hạn chế.',
};
export const DEFAULT_PROBLEM = 'Cách làm hiện tại tốn nhiều thời gian, công sức và chưa bảo đảm chất lượng công việc.';

/** How the solution was carried out, after the title. */
export const SOLUTION_TAILS = [
  'phân công đầu mối, chuẩn hóa biểu mẫu và theo dõi kết quả hằng tháng.',
  'xây dựng hướng dẫn chi tiết từng bước, tập huấn cho cán bộ và áp dụng thử trước khi triển khai chính thức.',
  'tận dụng công cụ số sẵn có (bảng tính dùng chung, phần mềm của Sở) để giảm thao tác thủ công.',
  'phối hợp với các phòng, đơn vị liên quan và chính quyền cấp huyện trong suốt quá trình áp dụng.',
];
export const RESEARCH_SOLUTION =
  'Khảo sát, đánh giá thực trạng; phân tích nguyên nhân; đề xuất nhóm giải pháp và lộ trình thực hiện, được Hội đồng nghiệm thu.';

export const NOVELTIES = [
  'Lần đầu được áp dụng tại Sở Công Thương tỉnh Thái Nguyên.',
  'Thay đổi cách làm trước đây dựa hoàn toàn vào hồ sơ giấy và báo cáo thủ công.',
  'Kết hợp nhiều công cụ sẵn có thành một quy trình thống nhất, không phát sinh kinh phí lớn.',
  'Cách tiếp cận mới, chưa được áp dụng tại đơn vị và các đơn vị cùng ngành trong tỉnh.',
];

export const SOCIAL_BENEFITS = [
  'Rút ngắn thời gian xử lý công việc, giảm đi lại cho tổ chức, cá nhân.',
  'Nâng cao chất lượng tham mưu và tính minh bạch trong hoạt động của đơn vị.',
  'Góp phần bảo vệ quyền lợi người tiêu dùng và môi trường kinh doanh lành mạnh.',
  'Được nhiều đơn vị trong ngành học tập, nhân rộng.',
];

/** What reviewers write beside their scores. */
export const REVIEW_COMMENTS = [
  'Giải pháp thiết thực, cần bổ sung số liệu chứng minh hiệu quả.',
  'Có tính mới trong phạm vi đơn vị; khả năng nhân rộng tốt.',
  'Hồ sơ đầy đủ, hiệu quả đã được đơn vị áp dụng xác nhận.',
  'Phạm vi áp dụng còn hẹp, đề nghị tác giả làm rõ lợi ích kinh tế.',
  '',
];
