<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>Absence</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="386"/>
        <source>Sửa khai báo vắng mặt</source>
        <translation>Sửa khai báo vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="387"/>
        <source>Khai báo vắng mặt</source>
        <translation>Khai báo vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="389"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="390"/>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="391"/>
        <source>Được phép</source>
        <translation>Được phép</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="393"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="394"/>
        <source>Nơi đến</source>
        <translation>Nơi đến</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="95"/>
        <source>Tài khoản</source>
        <comment>tab</comment>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="96"/>
        <source>Quy tắc</source>
        <comment>tab</comment>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="97"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="61"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="141"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="98"/>
        <source>Văn bản mẫu</source>
        <translation>Văn bản mẫu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="99"/>
        <source>Nhật ký</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="75"/>
        <source>Bạn không có quyền xem nhật ký hệ thống.
Chỉ Trưởng Công an xã và quản trị tỉnh được xem và kiểm tra nhật ký.</source>
        <translation>Bạn không có quyền xem nhật ký hệ thống.
Chỉ Trưởng Công an xã và quản trị tỉnh được xem và kiểm tra nhật ký.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="83"/>
        <source>Người dùng:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="86"/>
        <source>Mọi người dùng</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="91"/>
        <source>Thao tác:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="94"/>
        <source>lọc theo thao tác, loại dữ liệu, họ tên hoặc mã, ví dụ: đăng nhập</source>
        <translation>lọc theo thao tác, loại dữ liệu, họ tên hoặc mã, ví dụ: đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="104"/>
        <source>Kiểm tra tính toàn vẹn</source>
        <translation>Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="105"/>
        <source>Tính lại chuỗi mã băm của toàn bộ nhật ký để phát hiện dòng bị sửa, xóa hoặc đảo thứ tự</source>
        <translation>Tính lại chuỗi mã băm của toàn bộ nhật ký để phát hiện dòng bị sửa, xóa hoặc đảo thứ tự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="120"/>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="121"/>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="122"/>
        <source>Người dùng</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="124"/>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="125"/>
        <source>Loại dữ liệu</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="127"/>
        <source>Người liên quan</source>
        <translation>Người liên quan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="129"/>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="162"/>
        <source>Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng nhật ký</source>
        <translation>
            <numerusform>Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng nhật ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="164"/>
        <source>Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng của người dùng này</source>
        <translation>
            <numerusform>Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng của người dùng này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="176"/>
        <source>Đang kiểm tra nhật ký…</source>
        <translation>Đang kiểm tra nhật ký…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="182"/>
        <source>Kiểm tra lúc {time}</source>
        <translation>Kiểm tra lúc {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="187"/>
        <source>Nhật ký nguyên vẹn: %Ln dòng</source>
        <translation>
            <numerusform>Nhật ký nguyên vẹn: %Ln dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="193"/>
        <source>Máy chủ giữ mốc của nhật ký (số dòng và mã băm) sau mỗi lần đồng bộ; nhật ký trên máy này không còn nối tiếp mốc đó. Báo ngay cho quản trị cấp tỉnh.</source>
        <translation>Máy chủ giữ mốc của nhật ký (số dòng và mã băm) sau mỗi lần đồng bộ; nhật ký trên máy này không còn nối tiếp mốc đó. Báo ngay cho quản trị cấp tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="198"/>
        <source>Nhật ký bị can thiệp tại dòng {seq}</source>
        <translation>Nhật ký bị can thiệp tại dòng {seq}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="200"/>
        <source>Nội dung dòng này đã bị sửa sau khi ghi.</source>
        <translation>Nội dung dòng này đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="201"/>
        <source>Dòng này không nối đúng với dòng trước (bị sửa, xóa hoặc đảo thứ tự).</source>
        <translation>Dòng này không nối đúng với dòng trước (bị sửa, xóa hoặc đảo thứ tự).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="202"/>
        <source>Thiếu dòng: có dòng đã bị xóa.</source>
        <translation>Thiếu dòng: có dòng đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="216"/>
        <source>Nhật ký bị cắt: các dòng {first} đến {last} đã mất so với mốc máy chủ giữ ({n} dòng)</source>
        <translation>Nhật ký bị cắt: các dòng {first} đến {last} đã mất so với mốc máy chủ giữ ({n} dòng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="219"/>
        <source>Nhật ký bị viết lại: một dòng trong khoảng {first} đến {last} không khớp mốc máy chủ giữ</source>
        <translation>Nhật ký bị viết lại: một dòng trong khoảng {first} đến {last} không khớp mốc máy chủ giữ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="222"/>
        <source>khớp mốc trên máy chủ ({n} dòng đầu)</source>
        <translation>khớp mốc trên máy chủ ({n} dòng đầu)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="226"/>
        <source>máy chủ đã gắn cờ máy này</source>
        <translation>máy chủ đã gắn cờ máy này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/language.py" line="39"/>
        <source>Ngôn ngữ giao diện trên máy này; áp dụng khi mở lại WardBook.</source>
        <translation>Ngôn ngữ giao diện trên máy này; áp dụng khi mở lại WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/language.py" line="42"/>
        <source>Áp dụng khi mở lại WardBook.</source>
        <translation>Áp dụng khi mở lại WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="34"/>
        <source>Thời hạn (tháng)</source>
        <translation>Thời hạn (tháng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="35"/>
        <source>Kỳ nhận xét, đánh giá</source>
        <translation>Kỳ nhận xét, đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="36"/>
        <source>Khoảng cách giữa hai lần tiếp xúc (ngày)</source>
        <translation>Khoảng cách giữa hai lần tiếp xúc (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="37"/>
        <source>Tổng thời gian vắng mặt tối đa (phần của thời hạn)</source>
        <translation>Tổng thời gian vắng mặt tối đa (phần của thời hạn)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="38"/>
        <source>Mỗi lần vắng mặt tối đa (ngày)</source>
        <translation>Mỗi lần vắng mặt tối đa (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="39"/>
        <source>Số người một người giúp đỡ phụ trách tối đa (người)</source>
        <translation>Số người một người giúp đỡ phụ trách tối đa (người)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="40"/>
        <source>Hạn phân công người giúp đỡ (ngày làm việc)</source>
        <translation>Hạn phân công người giúp đỡ (ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="41"/>
        <source>Hạn xác minh nơi cư trú (ngày làm việc)</source>
        <translation>Hạn xác minh nơi cư trú (ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="42"/>
        <source>Được chấm dứt trước thời hạn sau khi chấp hành (phần của thời hạn)</source>
        <translation>Được chấm dứt trước thời hạn sau khi chấp hành (phần của thời hạn)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="43"/>
        <source>Đương nhiên xóa án tích sau khi chấp hành xong (năm)</source>
        <translation>Đương nhiên xóa án tích sau khi chấp hành xong (năm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="44"/>
        <source>Coi như chưa bị áp dụng biện pháp sau (năm)</source>
        <translation>Coi như chưa bị áp dụng biện pháp sau (năm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="45"/>
        <source>Khoảng cách giữa hai lần rà soát (tháng)</source>
        <translation>Khoảng cách giữa hai lần rà soát (tháng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="46"/>
        <source>Báo sắp đến hạn trước (ngày)</source>
        <translation>Báo sắp đến hạn trước (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="47"/>
        <source>Báo hồ sơ sắp kết thúc trước (ngày)</source>
        <translation>Báo hồ sơ sắp kết thúc trước (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="48"/>
        <source>Báo sắp đủ điều kiện xóa án tích trước (ngày)</source>
        <translation>Báo sắp đủ điều kiện xóa án tích trước (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="49"/>
        <source>Kỳ báo cáo 6 tháng đầu năm (ngày/tháng)</source>
        <translation>Kỳ báo cáo 6 tháng đầu năm (ngày/tháng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="51"/>
        <source>Cách tính thời hạn</source>
        <translation>Cách tính thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="52"/>
        <source>Vắng mặt không được phép</source>
        <translation>Vắng mặt không được phép</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="53"/>
        <source>Số lần vi phạm thì đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Số lần vi phạm thì đề nghị Tòa án buộc chấp hành án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="54"/>
        <source>Độ tuổi áp dụng (từ đủ – dưới)</source>
        <translation>Độ tuổi áp dụng (từ đủ – dưới)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="55"/>
        <source>Xóa án tích theo quyết định của Tòa án sau (năm)</source>
        <translation>Xóa án tích theo quyết định của Tòa án sau (năm)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="60"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="93"/>
        <source>Nghị định 120/2021/NĐ-CP</source>
        <translation>Nghị định 120/2021/NĐ-CP</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="61"/>
        <source>Luật Thi hành án hình sự; Thông tư 65/2019/TT-BCA</source>
        <translation>Luật Thi hành án hình sự; Thông tư 65/2019/TT-BCA</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="62"/>
        <source>Bộ luật Hình sự; Luật Thi hành án hình sự</source>
        <translation>Bộ luật Hình sự; Luật Thi hành án hình sự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="63"/>
        <source>Luật Phòng, chống ma túy</source>
        <translation>Luật Phòng, chống ma túy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="64"/>
        <source>Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA</source>
        <translation>Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="65"/>
        <source>Phong trào Toàn dân bảo vệ an ninh Tổ quốc</source>
        <translation>Phong trào Toàn dân bảo vệ an ninh Tổ quốc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="66"/>
        <source>Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP</source>
        <translation>Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="67"/>
        <source>Nghị định 120/2021/NĐ-CP; Luật Thi hành án hình sự</source>
        <translation>Nghị định 120/2021/NĐ-CP; Luật Thi hành án hình sự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="68"/>
        <source>Bộ luật Hình sự, Điều 70</source>
        <translation>Bộ luật Hình sự, Điều 70</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="69"/>
        <source>Luật Xử lý vi phạm hành chính, Điều 137</source>
        <translation>Luật Xử lý vi phạm hành chính, Điều 137</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="70"/>
        <source>Nghị định 09/2019/NĐ-CP (chế độ báo cáo)</source>
        <translation>Nghị định 09/2019/NĐ-CP (chế độ báo cáo)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="71"/>
        <source>Cài đặt của ứng dụng (không có văn bản quy định)</source>
        <translation>Cài đặt của ứng dụng (không có văn bản quy định)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="94"/>
        <source>Thời gian thử thách từ 1 đến 5 năm</source>
        <translation>Thời gian thử thách từ 1 đến 5 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="95"/>
        <source>Theo bản án</source>
        <translation>Theo bản án</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="96"/>
        <source>Thời hạn tù còn lại</source>
        <translation>Thời hạn tù còn lại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="97"/>
        <source>1 năm</source>
        <translation>1 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="98"/>
        <source>Tổng thời gian vắng mặt không quá 1/3 thời hạn</source>
        <translation>Tổng thời gian vắng mặt không quá 1/3 thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="99"/>
        <source>Mỗi lần vắng mặt không quá 60 ngày (án hình sự)</source>
        <translation>Mỗi lần vắng mặt không quá 60 ngày (án hình sự)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="100"/>
        <source>Sau khi đã chấp hành một nửa thời hạn</source>
        <translation>Sau khi đã chấp hành một nửa thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="117"/>
        <source>Đã đối chiếu văn bản</source>
        <translation>Đã đối chiếu văn bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="118"/>
        <source>Chưa đối chiếu, cần xác nhận</source>
        <translation>Chưa đối chiếu, cần xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>hằng tháng</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>hằng quý</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>6 tháng một lần</source>
        <translation>6 tháng một lần</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>hằng năm</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="128"/>
        <source>người thành niên</source>
        <translation>người thành niên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="128"/>
        <source>người chưa thành niên</source>
        <translation>người chưa thành niên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="129"/>
        <source>cảnh cáo</source>
        <translation>cảnh cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="129"/>
        <source>phạt tiền</source>
        <translation>phạt tiền</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="129"/>
        <source>cải tạo không giam giữ</source>
        <translation>cải tạo không giam giữ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="130"/>
        <source>án treo</source>
        <translation>án treo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="130"/>
        <source>tù đến 5 năm</source>
        <translation>tù đến 5 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="130"/>
        <source>tù trên 5 đến 15 năm</source>
        <translation>tù trên 5 đến 15 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="131"/>
        <source>tù trên 15 năm</source>
        <translation>tù trên 15 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="131"/>
        <source>tù chung thân, tử hình được giảm</source>
        <translation>tù chung thân, tử hình được giảm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="132"/>
        <source>không có thời hạn</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="132"/>
        <source>theo tháng</source>
        <translation>theo tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="133"/>
        <source>theo tháng và ngày</source>
        <translation>theo tháng và ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="134"/>
        <source>là vi phạm nghĩa vụ</source>
        <translation>là vi phạm nghĩa vụ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="134"/>
        <source>không tính vào thời hạn</source>
        <translation>không tính vào thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="135"/>
        <source>chỉ khai báo tạm vắng</source>
        <translation>chỉ khai báo tạm vắng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="135"/>
        <source>ghi nhận</source>
        <translation>ghi nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="154"/>
        <source>từ {lo}</source>
        <translation>từ {lo}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="161"/>
        <source>{period}, hạn ngày {day} kỳ sau</source>
        <translation>{period}, hạn ngày {day} kỳ sau</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="165"/>
        <source>từ {fd:02d}/{fm:02d} đến {td:02d}/{tm:02d}</source>
        <translation>từ {fd:02d}/{fm:02d} đến {td:02d}/{tm:02d}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="196"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="219"/>
        <source>Quy tắc</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="197"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="223"/>
        <source>Áp dụng cho</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="198"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="224"/>
        <source>Mọi loại đối tượng</source>
        <translation>Mọi loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="199"/>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="201"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="222"/>
        <source>Văn bản căn cứ</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="202"/>
        <source>Đối chiếu</source>
        <translation>Đối chiếu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="203"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="204"/>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="205"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="214"/>
        <source>Sửa quy tắc</source>
        <translation>Sửa quy tắc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="226"/>
        <source>Giá trị đang chọn</source>
        <translation>Giá trị đang chọn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="228"/>
        <source>Giá trị mới (JSON) *</source>
        <translation>Giá trị mới (JSON) *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="231"/>
        <source>Cùng dạng với giá trị đang có: {example}</source>
        <translation>Cùng dạng với giá trị đang có: {example}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="232"/>
        <source>Viết dạng JSON, giống giá trị đang có trong ô.</source>
        <translation>Viết dạng JSON, giống giá trị đang có trong ô.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="234"/>
        <source>Áp dụng từ ngày</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="235"/>
        <source>Trước ngày này vẫn áp dụng giá trị cũ.</source>
        <translation>Trước ngày này vẫn áp dụng giá trị cũ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="236"/>
        <source>Căn cứ, ghi chú</source>
        <translation>Căn cứ, ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="243"/>
        <source>Chưa nhập giá trị.</source>
        <translation>Chưa nhập giá trị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="248"/>
        <source>Không phải JSON hợp lệ (ký tự thứ {pos}): ví dụ đúng {example}</source>
        <translation>Không phải JSON hợp lệ (ký tự thứ {pos}): ví dụ đúng {example}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="262"/>
        <source>(dạng đúng: {expected})</source>
        <translation>(dạng đúng: {expected})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="279"/>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="280"/>
        <source>Đặt giá trị mới cho quy tắc đang chọn, áp dụng từ một ngày</source>
        <translation>Đặt giá trị mới cho quy tắc đang chọn, áp dụng từ một ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="285"/>
        <source>Cột “Đối chiếu” cho biết giá trị đã được đối chiếu với văn bản đã công bố hay còn cần xác nhận. Dòng chữ xám: giá trị không còn hoặc chưa có hiệu lực hôm nay.</source>
        <translation>Cột “Đối chiếu” cho biết giá trị đã được đối chiếu với văn bản đã công bố hay còn cần xác nhận. Dòng chữ xám: giá trị không còn hoặc chưa có hiệu lực hôm nay.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="289"/>
        <source>Chỉ Trưởng Công an xã được sửa quy tắc.</source>
        <translation>Chỉ Trưởng Công an xã được sửa quy tắc.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="317"/>
        <source>{rules}, %Ln dòng lịch sử</source>
        <translation>
            <numerusform>{rules}, %Ln dòng lịch sử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="318"/>
        <source>%Ln quy tắc đang áp dụng</source>
        <translation>
            <numerusform>%Ln quy tắc đang áp dụng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="37"/>
        <source>Tỉnh, thành phố</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="37"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="47"/>
        <source>Sổ đăng ký của đơn vị</source>
        <translation>Sổ đăng ký của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="51"/>
        <source>Mã đơn vị</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="52"/>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="83"/>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="53"/>
        <source>Mã sổ đăng ký</source>
        <translation>Mã sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="54"/>
        <source>Mã máy này</source>
        <translation>Mã máy này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="55"/>
        <source>Ngày lập sổ</source>
        <translation>Ngày lập sổ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="56"/>
        <source>Thư mục dữ liệu</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="57"/>
        <source>Người đang đăng nhập</source>
        <translation>Người đang đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="71"/>
        <source>Thông tin này được ghi khi lập sổ và dùng để đồng bộ; không sửa trong ứng dụng.</source>
        <translation>Thông tin này được ghi khi lập sổ và dùng để đồng bộ; không sửa trong ứng dụng.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="76"/>
        <source>Đơn vị hành chính</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="82"/>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="84"/>
        <source>Cấp</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="86"/>
        <source>Trực thuộc</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="88"/>
        <source>Hiệu lực từ</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="96"/>
        <source>Cài đặt của sổ trên máy này</source>
        <translation>Cài đặt của sổ trên máy này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="109"/>
        <source>Lưu cài đặt</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="118"/>
        <source>Chỉ Trưởng Công an xã thay đổi được.</source>
        <translation>Chỉ Trưởng Công an xã thay đổi được.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="128"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="162"/>
        <source>%Ln đơn vị đang có hiệu lực ({communes}; {provinces})</source>
        <translation>
            <numerusform>%Ln đơn vị đang có hiệu lực ({communes}; {provinces})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="163"/>
        <source>%Ln xã, phường</source>
        <translation>
            <numerusform>%Ln xã, phường</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="164"/>
        <source>%Ln tỉnh, thành phố</source>
        <translation>
            <numerusform>%Ln tỉnh, thành phố</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="36"/>
        <source>Ít nhất 10 ký tự, có cả chữ và số.</source>
        <translation>Ít nhất 10 ký tự, có cả chữ và số.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="37"/>
        <source>Nhập lại mật khẩu *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="45"/>
        <source>Mật khẩu nhập lại không khớp.</source>
        <translation>Mật khẩu nhập lại không khớp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="52"/>
        <source>Thêm tài khoản</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="54"/>
        <source>Tên đăng nhập *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="55"/>
        <source>chữ không dấu, số, dấu chấm; ví dụ: canbo.an</source>
        <translation>chữ không dấu, số, dấu chấm; ví dụ: canbo.an</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="56"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="139"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="58"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="140"/>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="64"/>
        <source>Mật khẩu *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="87"/>
        <source>Mở lại tài khoản</source>
        <translation>Mở lại tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="87"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="92"/>
        <source>Tài khoản</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="94"/>
        <source>Mật khẩu cũ đã bị hủy khi vô hiệu hóa; cần đặt mật khẩu mới.</source>
        <translation>Mật khẩu cũ đã bị hủy khi vô hiệu hóa; cần đặt mật khẩu mới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="96"/>
        <source>Mật khẩu mới *</source>
        <translation>Mật khẩu mới *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="123"/>
        <source>Thêm tài khoản…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="125"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="127"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="232"/>
        <source>Vô hiệu hóa</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="129"/>
        <source>Mở lại tài khoản…</source>
        <translation>Mở lại tài khoản…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="135"/>
        <source>Chỉ Trưởng Công an xã và quản trị tỉnh được thêm tài khoản, đặt lại mật khẩu hoặc vô hiệu hóa tài khoản.</source>
        <translation>Chỉ Trưởng Công an xã và quản trị tỉnh được thêm tài khoản, đặt lại mật khẩu hoặc vô hiệu hóa tài khoản.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="138"/>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="142"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="142"/>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="143"/>
        <source>Đã vô hiệu hóa</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/users.py" line="166"/>
        <source>{accounts}, %Ln đang hoạt động</source>
        <translation>
            <numerusform>{accounts}, %Ln đang hoạt động</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/users.py" line="167"/>
        <source>%Ln tài khoản</source>
        <translation>
            <numerusform>%Ln tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="229"/>
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Vô hiệu hóa tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="230"/>
        <source>Vô hiệu hóa tài khoản {user}? Mật khẩu hiện tại sẽ không mở được sổ nữa; muốn mở lại phải đặt mật khẩu mới.</source>
        <translation>Vô hiệu hóa tài khoản {user}? Mật khẩu hiện tại sẽ không mở được sổ nữa; muốn mở lại phải đặt mật khẩu mới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="232"/>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="58"/>
        <source>Tự khóa màn hình sau</source>
        <translation>Tự khóa màn hình sau</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="59"/>
        <source> phút không thao tác</source>
        <translation> phút không thao tác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="60"/>
        <source>Tự động đồng bộ mỗi</source>
        <translation>Tự động đồng bộ mỗi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="61"/>
        <source> phút (0: tắt)</source>
        <translation> phút (0: tắt)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="62"/>
        <source>Tỉnh đọc được dữ liệu nhạy cảm gửi lên</source>
        <translation>Tỉnh đọc được dữ liệu nhạy cảm gửi lên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="63"/>
        <source> (1: có, 0: không)</source>
        <translation> (1: có, 0: không)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="64"/>
        <source>Ngôn ngữ / Language:</source>
        <translation>Ngôn ngữ / Language:</translation>
    </message>
</context>
<context>
    <name>AdminDocs</name>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="47"/>
        <source>Thêm văn bản mẫu của đơn vị</source>
        <translation>Thêm văn bản mẫu của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="61"/>
        <source>Để trống: Mẫu tham khảo</source>
        <translation>Để trống: Mẫu tham khảo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="65"/>
        <source>Tệp:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="66"/>
        <source>Mã mẫu:</source>
        <translation>Mã mẫu:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="67"/>
        <source>Tên văn bản:</source>
        <translation>Tên văn bản:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="68"/>
        <source>Nhóm:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="69"/>
        <source>Căn cứ pháp lý:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="70"/>
        <source>Ký hiệu trong số:</source>
        <translation>Ký hiệu trong số:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="71"/>
        <source>Hiệu lực từ ngày:</source>
        <translation>Hiệu lực từ ngày:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="96"/>
        <source>Văn bản mẫu có sẵn và mẫu riêng của đơn vị. Mẫu riêng là tệp Word (.docx) có trường dữ liệu như {{ person.full_name }}, {{ unit.police_upper }}, {{ doc.date.words }} (xem Hướng dẫn sử dụng).</source>
        <translation>Văn bản mẫu có sẵn và mẫu riêng của đơn vị. Mẫu riêng là tệp Word (.docx) có trường dữ liệu như {{ person.full_name }}, {{ unit.police_upper }}, {{ doc.date.words }} (xem Hướng dẫn sử dụng).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="103"/>
        <source>Thêm mẫu của đơn vị…</source>
        <translation>Thêm mẫu của đơn vị…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="109"/>
        <source>Ban hành cho toàn tỉnh…</source>
        <translation>Ban hành cho toàn tỉnh…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="111"/>
        <source>Các xã, phường của tỉnh nhận mẫu này khi đồng bộ.</source>
        <translation>Các xã, phường của tỉnh nhận mẫu này khi đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="116"/>
        <source>Thu hồi mẫu đã ban hành…</source>
        <translation>Thu hồi mẫu đã ban hành…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="118"/>
        <source>Các xã không còn thấy mẫu này sau lần đồng bộ tới; văn bản đã tạo vẫn giữ.</source>
        <translation>Các xã không còn thấy mẫu này sau lần đồng bộ tới; văn bản đã tạo vẫn giữ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="124"/>
        <source>Xem thử mẫu đang chọn</source>
        <translation>Xem thử mẫu đang chọn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="137"/>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="137"/>
        <source>Tên văn bản</source>
        <translation>Tên văn bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="137"/>
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="138"/>
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="138"/>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="138"/>
        <source>Hiệu lực</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="139"/>
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="163"/>
        <source>Có sẵn</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="164"/>
        <source>Tỉnh ban hành</source>
        <translation>Tỉnh ban hành</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="165"/>
        <source>Của đơn vị</source>
        <translation>Của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="191"/>
        <source>Đã thu hồi mẫu {id} (phiên bản {version}); các xã không còn thấy mẫu này sau lần đồng bộ tới.</source>
        <translation>Đã thu hồi mẫu {id} (phiên bản {version}); các xã không còn thấy mẫu này sau lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="197"/>
        <source>Thu hồi văn bản mẫu</source>
        <translation>Thu hồi văn bản mẫu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="198"/>
        <source>Thu hồi mẫu {title} (phiên bản {version}) đã ban hành cho toàn tỉnh?</source>
        <translation>Thu hồi mẫu {title} (phiên bản {version}) đã ban hành cho toàn tỉnh?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="200"/>
        <source>Thu hồi</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="200"/>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="212"/>
        <source>Chọn văn bản mẫu (.docx)</source>
        <translation>Chọn văn bản mẫu (.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="213"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="224"/>
        <source>Đã ban hành mẫu {id} (phiên bản {version}) cho toàn tỉnh; các xã nhận được khi đồng bộ.</source>
        <translation>Đã ban hành mẫu {id} (phiên bản {version}) cho toàn tỉnh; các xã nhận được khi đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="226"/>
        <source>Đã thêm mẫu {id} (phiên bản {version}).</source>
        <translation>Đã thêm mẫu {id} (phiên bản {version}).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="232"/>
        <source>Không nhận mẫu: {error}</source>
        <translation>Không nhận mẫu: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="246"/>
        <source>Bản xem thử: {path}</source>
        <translation>Bản xem thử: {path}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="42"/>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="45"/>
        <source>Số dòng</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="42"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="43"/>
        <source>Định dạng</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="43"/>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="44"/>
        <source>Dấu in</source>
        <translation>Dấu in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="44"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="45"/>
        <source>In ra</source>
        <translation>In ra</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="46"/>
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="46"/>
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="47"/>
        <source>Số thay đổi</source>
        <translation>Số thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="47"/>
        <source>Số byte</source>
        <translation>Số byte</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="48"/>
        <source>Mã gói</source>
        <translation>Mã gói</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="48"/>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="49"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="49"/>
        <source>Tổng</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="50"/>
        <source>Bảng</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="50"/>
        <source>Kích thước</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="51"/>
        <source>Máy chủ</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="51"/>
        <source>Bị từ chối</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="52"/>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="52"/>
        <source>Từ khóa</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="53"/>
        <source>Số người</source>
        <translation>Số người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="53"/>
        <source>Đường dẫn</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="54"/>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="54"/>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="55"/>
        <source>Hiệu lực từ</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="55"/>
        <source>Kiểu dữ liệu mẫu</source>
        <translation>Kiểu dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="56"/>
        <source>Theo đơn vị</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="56"/>
        <source>Nặc danh</source>
        <translation>Nặc danh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="57"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="57"/>
        <source>Mã phiên máy chủ</source>
        <translation>Mã phiên máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="58"/>
        <source>Mã dòng đầu</source>
        <translation>Mã dòng đầu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="58"/>
        <source>Trước</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="59"/>
        <source>Sau</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="75"/>
        <source>có</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="75"/>
        <source>không</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="109"/>
        <source>người</source>
        <translation>người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="109"/>
        <source>giấy tờ tùy thân</source>
        <translation>giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="110"/>
        <source>tệp đính kèm</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="110"/>
        <source>hồ sơ quản lý</source>
        <translation>hồ sơ quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="111"/>
        <source>lần tiếp xúc</source>
        <translation>lần tiếp xúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="111"/>
        <source>nhận xét, đánh giá</source>
        <translation>nhận xét, đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="112"/>
        <source>lần vắng mặt</source>
        <translation>lần vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="112"/>
        <source>vi phạm</source>
        <translation>vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="113"/>
        <source>sự kiện hồ sơ</source>
        <translation>sự kiện hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="113"/>
        <source>buổi răn đe</source>
        <translation>buổi răn đe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="114"/>
        <source>lượt tham dự</source>
        <translation>lượt tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="114"/>
        <source>tin tố giác</source>
        <translation>tin tố giác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="115"/>
        <source>mô hình</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="152"/>
        <source>{field} ({old} → {new})</source>
        <translation>{field} ({old} → {new})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="174"/>
        <source>{what} {person}</source>
        <translation>{what} {person}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="175"/>
        <source>{what} của {person}</source>
        <translation>{what} của {person}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="181"/>
        <source>Xem hồ sơ của {person}</source>
        <translation>Xem hồ sơ của {person}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="186"/>
        <source>Xem tên người báo tin của %Ln tin trong danh sách</source>
        <translation>
            <numerusform>Xem tên người báo tin của %Ln tin trong danh sách</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="187"/>
        <source>Xem tên người báo tin</source>
        <translation>Xem tên người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="191"/>
        <source>Thêm {what}</source>
        <translation>Thêm {what}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="195"/>
        <source>Sửa {what}</source>
        <translation>Sửa {what}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="198"/>
        <source>Xóa {what}</source>
        <translation>Xóa {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="201"/>
        <source>Thêm %Ln dòng {what}</source>
        <translation>
            <numerusform>Thêm %Ln dòng {what}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="203"/>
        <source>In hồ sơ</source>
        <translation>In hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="204"/>
        <source>In danh sách tham dự buổi răn đe</source>
        <translation>In danh sách tham dự buổi răn đe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="205"/>
        <source>In {what}</source>
        <translation>In {what}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="208"/>
        <source>{what} ra máy in</source>
        <translation>{what} ra máy in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="210"/>
        <source>{what} ra tệp PDF</source>
        <translation>{what} ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="213"/>
        <source>Tạo văn bản “{title}” số {number}</source>
        <translation>Tạo văn bản “{title}” số {number}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="215"/>
        <source>{what} cho {person}</source>
        <translation>{what} cho {person}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="217"/>
        <source>Thêm văn bản mẫu “{title}” ({id}, phiên bản {version})</source>
        <translation>Thêm văn bản mẫu “{title}” ({id}, phiên bản {version})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="220"/>
        <source>Ghi lại văn bản đã lưu</source>
        <translation>Ghi lại văn bản đã lưu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="222"/>
        <source>Xuất báo cáo</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="222"/>
        <source>Xuất danh sách người</source>
        <translation>Xuất danh sách người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="223"/>
        <source>Xuất danh sách việc đến hạn</source>
        <translation>Xuất danh sách việc đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="224"/>
        <source>Xuất hồ sơ</source>
        <translation>Xuất hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="225"/>
        <source>Xuất toàn bộ sổ</source>
        <translation>Xuất toàn bộ sổ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="227"/>
        <source>{what} từ {start} đến {end}</source>
        <translation>{what} từ {start} đến {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="230"/>
        <source>{what} ra tệp {file}</source>
        <translation>{what} ra tệp {file}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="235"/>
        <source>Thêm tài khoản {user}</source>
        <translation>Thêm tài khoản {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="236"/>
        <source>Đặt lại mật khẩu của {user}</source>
        <translation>Đặt lại mật khẩu của {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="237"/>
        <source>Mở lại tài khoản của {user}</source>
        <translation>Mở lại tài khoản của {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="238"/>
        <source>Vô hiệu hóa tài khoản của {user}</source>
        <translation>Vô hiệu hóa tài khoản của {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="240"/>
        <source>, vai trò {role}</source>
        <translation>, vai trò {role}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="243"/>
        <source>Quy tắc “{rule}”</source>
        <translation>Quy tắc “{rule}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="247"/>
        <source>: giá trị mới {value}</source>
        <translation>: giá trị mới {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="249"/>
        <source>, áp dụng từ {date}</source>
        <translation>, áp dụng từ {date}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="252"/>
        <source>{setting}: {before} → {after}</source>
        <translation>{setting}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="257"/>
        <source>Tài khoản {user} bị tạm khóa do nhập sai nhiều lần</source>
        <translation>Tài khoản {user} bị tạm khóa do nhập sai nhiều lần</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="259"/>
        <source>Tài khoản {user} bị từ chối: không có chứng nhận hợp lệ</source>
        <translation>Tài khoản {user} bị từ chối: không có chứng nhận hợp lệ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="260"/>
        <source>Sai mật khẩu khi đăng nhập vào tài khoản {user}</source>
        <translation>Sai mật khẩu khi đăng nhập vào tài khoản {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="262"/>
        <source>Sao lưu ra tệp {file}</source>
        <translation>Sao lưu ra tệp {file}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="264"/>
        <source>Khôi phục từ tệp {file}</source>
        <translation>Khôi phục từ tệp {file}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="266"/>
        <source>Nhập dữ liệu từ tệp {file}</source>
        <translation>Nhập dữ liệu từ tệp {file}</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="10"/>
        <source>Lập sổ</source>
        <translation>Lập sổ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="11"/>
        <source>Tạo dữ liệu mẫu</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="12"/>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="13"/>
        <source>Đăng nhập sai</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="14"/>
        <source>Mở khóa màn hình</source>
        <translation>Mở khóa màn hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="15"/>
        <source>Mở khóa sai mật khẩu</source>
        <translation>Mở khóa sai mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="16"/>
        <source>Thêm tài khoản</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="17"/>
        <source>Đổi mật khẩu</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="18"/>
        <source>Cấp chứng nhận tài khoản</source>
        <translation>Cấp chứng nhận tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="19"/>
        <source>Chứng nhận các tài khoản (lập khóa gốc)</source>
        <translation>Chứng nhận các tài khoản (lập khóa gốc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="20"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="21"/>
        <source>Tạo khóa dữ liệu nhạy cảm</source>
        <translation>Tạo khóa dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="22"/>
        <source>Cấp khóa dữ liệu nhạy cảm</source>
        <translation>Cấp khóa dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="23"/>
        <source>Sửa lại khóa công khai dữ liệu nhạy cảm</source>
        <translation>Sửa lại khóa công khai dữ liệu nhạy cảm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="24"/>
        <source>Mã hóa dữ liệu nhạy cảm ghi trước đây</source>
        <translation>Mã hóa dữ liệu nhạy cảm ghi trước đây</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="25"/>
        <source>Mở lại tài khoản</source>
        <translation>Mở lại tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="26"/>
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Vô hiệu hóa tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="27"/>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="28"/>
        <source>Thêm hàng loạt</source>
        <translation>Thêm hàng loạt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="29"/>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="30"/>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="31"/>
        <source>Xem hồ sơ người</source>
        <translation>Xem hồ sơ người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="32"/>
        <source>Xem người báo tin</source>
        <translation>Xem người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="33"/>
        <source>Vượt cảnh báo quy tắc</source>
        <translation>Vượt cảnh báo quy tắc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="34"/>
        <source>Sửa quy tắc</source>
        <translation>Sửa quy tắc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="35"/>
        <source>Nạp đơn vị hành chính</source>
        <translation>Nạp đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="36"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="37"/>
        <source>Xuất dữ liệu</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="38"/>
        <source>Lập báo cáo</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="39"/>
        <source>Sao lưu</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="40"/>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="41"/>
        <source>Dựng lại chỉ mục tìm kiếm</source>
        <translation>Dựng lại chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="42"/>
        <source>Đổi cài đặt</source>
        <translation>Đổi cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="43"/>
        <source>Mở lại hồ sơ</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="44"/>
        <source>Chuyển địa bàn</source>
        <translation>Chuyển địa bàn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="45"/>
        <source>Tạo văn bản</source>
        <translation>Tạo văn bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="46"/>
        <source>Thêm văn bản mẫu</source>
        <translation>Thêm văn bản mẫu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="47"/>
        <source>Ban hành văn bản mẫu cho toàn tỉnh</source>
        <translation>Ban hành văn bản mẫu cho toàn tỉnh</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="48"/>
        <source>Người</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="49"/>
        <source>Giấy tờ tùy thân</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="50"/>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="51"/>
        <source>Tài khoản</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="52"/>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="53"/>
        <source>Tiếp xúc</source>
        <translation>Tiếp xúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="54"/>
        <source>Nhận xét</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="55"/>
        <source>Vắng mặt</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="56"/>
        <source>Vi phạm</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="57"/>
        <source>Sự kiện hồ sơ</source>
        <translation>Sự kiện hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="58"/>
        <source>Buổi răn đe</source>
        <translation>Buổi răn đe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="59"/>
        <source>Tham dự</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="60"/>
        <source>Tin tố giác</source>
        <translation>Tin tố giác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="61"/>
        <source>Mô hình</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="62"/>
        <source>Văn bản mẫu của tỉnh</source>
        <translation>Văn bản mẫu của tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="63"/>
        <source>Quy tắc</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="64"/>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="65"/>
        <source>Sổ đăng ký</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="66"/>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="67"/>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="68"/>
        <source>Văn bản</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="69"/>
        <source>Văn bản mẫu</source>
        <translation>Văn bản mẫu</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="85"/>
        <source>đối tượng</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="94"/>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="123"/>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="124"/>
        <source>Kết thúc hồ sơ</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="105"/>
        <source>Hình thức kết thúc</source>
        <translation>Hình thức kết thúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="107"/>
        <source>Ngày kết thúc</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="108"/>
        <source>Số giấy chứng nhận</source>
        <translation>Số giấy chứng nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="109"/>
        <location filename="../desktop_app/ui/dialogs/records.py" line="167"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="118"/>
        <source>Kết thúc hồ sơ {category} của {name} (dự kiến đến {end})? Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.</source>
        <translation>Kết thúc hồ sơ {category} của {name} (dự kiến đến {end})? Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="121"/>
        <source>Kết thúc hồ sơ {category} của {name}? Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.</source>
        <translation>Kết thúc hồ sơ {category} của {name}? Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="124"/>
        <source>Không kết thúc</source>
        <translation>Không kết thúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="141"/>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="152"/>
        <source>Mở lại hồ sơ</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="143"/>
        <source>Lý do mở lại *</source>
        <translation>Lý do mở lại *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="144"/>
        <source>Ví dụ: kết thúc nhầm, có quyết định hủy</source>
        <translation>Ví dụ: kết thúc nhầm, có quyết định hủy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="150"/>
        <source>Mở lại hồ sơ {category} của {name}? Hồ sơ trở lại trạng thái đang quản lý; lý do được ghi vào nhật ký.</source>
        <translation>Mở lại hồ sơ {category} của {name}? Hồ sơ trở lại trạng thái đang quản lý; lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="153"/>
        <source>Không mở lại</source>
        <translation>Không mở lại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="139"/>
        <source>Sửa hồ sơ quản lý</source>
        <translation>Sửa hồ sơ quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="140"/>
        <source>Lập hồ sơ quản lý</source>
        <translation>Lập hồ sơ quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="143"/>
        <source>Loại đối tượng *</source>
        <translation>Loại đối tượng *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="144"/>
        <source>— chọn loại đối tượng —</source>
        <translation>— chọn loại đối tượng —</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="146"/>
        <source>Số quyết định</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="147"/>
        <source>Ngày quyết định</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="148"/>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="149"/>
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="150"/>
        <source>Ngày bắt đầu</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="152"/>
        <source>Ngày tuyên án sơ thẩm</source>
        <translation>Ngày tuyên án sơ thẩm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="153"/>
        <source>Ngày bắt đầu giám sát</source>
        <translation>Ngày bắt đầu giám sát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="154"/>
        <source>Thời hạn (tháng)</source>
        <translation>Thời hạn (tháng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="155"/>
        <source>Thời hạn (ngày)</source>
        <translation>Thời hạn (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="156"/>
        <source>Số ngày tạm giữ, tạm giam (trừ 1 ngày = 3 ngày)</source>
        <translation>Số ngày tạm giữ, tạm giam (trừ 1 ngày = 3 ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="157"/>
        <source>Người giúp đỡ</source>
        <translation>Người giúp đỡ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="158"/>
        <source>Cán bộ phụ trách</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="161"/>
        <source>Cơ quan, tổ chức giám sát</source>
        <translation>Cơ quan, tổ chức giám sát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="162"/>
        <source>Hình phạt chính (xóa án tích)</source>
        <translation>Hình phạt chính (xóa án tích)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="164"/>
        <source>Ngày chấp hành xong án phạt tù</source>
        <translation>Ngày chấp hành xong án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="165"/>
        <source>Chưa xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Chưa xong hình phạt bổ sung, nghĩa vụ dân sự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="166"/>
        <source>Tội xâm phạm an ninh quốc gia</source>
        <translation>Tội xâm phạm an ninh quốc gia</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="193"/>
        <location filename="../desktop_app/ui/dialogs/records.py" line="196"/>
        <source>Tên đăng nhập: {login}</source>
        <translation>Tên đăng nhập: {login}</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="288"/>
        <source>Sửa thăm gặp</source>
        <translation>Sửa thăm gặp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="289"/>
        <source>Ghi nhận thăm gặp</source>
        <translation>Ghi nhận thăm gặp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="291"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="293"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="294"/>
        <source>Chấp hành tốt</source>
        <translation>Chấp hành tốt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="296"/>
        <source>Nội dung *</source>
        <translation>Nội dung *</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="142"/>
        <source>(không ghi được tệp nhật ký)</source>
        <translation>(không ghi được tệp nhật ký)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="143"/>
        <source>Đã xảy ra lỗi không mong muốn. Cửa sổ vẫn mở, dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất, hãy kiểm tra lại rồi làm lại.

Chi tiết đã ghi vào {path}. Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ.</source>
        <translation>Đã xảy ra lỗi không mong muốn. Cửa sổ vẫn mở, dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất, hãy kiểm tra lại rồi làm lại.

Chi tiết đã ghi vào {path}. Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="157"/>
        <source>Lỗi không mong muốn</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="37"/>
        <source>Thứ Hai</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="37"/>
        <source>Thứ Ba</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="37"/>
        <source>Thứ Tư</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="38"/>
        <source>Thứ Năm</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="38"/>
        <source>Thứ Sáu</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="38"/>
        <source>Thứ Bảy</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="39"/>
        <source>Chủ Nhật</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="91"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="92"/>
        <source>Gõ ngày như 1/11/2026, 01112026 hoặc 1/11/26; Alt+↓ mở lịch.</source>
        <translation>Gõ ngày như 1/11/2026, 01112026 hoặc 1/11/26; Alt+↓ mở lịch.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="99"/>
        <source>Chọn trên lịch (Alt+↓)</source>
        <translation>Chọn trên lịch (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="100"/>
        <source>Chọn trên lịch</source>
        <translation>Chọn trên lịch</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="90"/>
        <source>Tạo văn bản</source>
        <translation>Tạo văn bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="94"/>
        <source>Văn bản cho: {name}</source>
        <translation>Văn bản cho: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="99"/>
        <source>Gõ để lọc mẫu (ví dụ: cam kết, giấy phép)…</source>
        <translation>Gõ để lọc mẫu (ví dụ: cam kết, giấy phép)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="103"/>
        <source>&amp;Chỉ các mẫu hợp với hồ sơ này</source>
        <translation>&amp;Chỉ các mẫu hợp với hồ sơ này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="122"/>
        <source>Ngày văn bản:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="123"/>
        <source>Làm thêm bản PDF</source>
        <translation>Làm thêm bản PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="127"/>
        <source>Máy này chưa có LibreOffice (hoặc Word và docx2pdf trên Windows)</source>
        <translation>Máy này chưa có LibreOffice (hoặc Word và docx2pdf trên Windows)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="135"/>
        <source>Văn bản đã tạo (lưu trong sổ, đã mã hóa) — Enter để mở lại:</source>
        <translation>Văn bản đã tạo (lưu trong sổ, đã mã hóa) — Enter để mở lại:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="146"/>
        <source>Tạo văn bản (Enter)</source>
        <translation>Tạo văn bản (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="150"/>
        <source>Đóng (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="183"/>
        <source>Đã ghi lại bản đã lưu: {path}</source>
        <translation>Đã ghi lại bản đã lưu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="238"/>
        <source>Không có mẫu nào khớp.</source>
        <translation>Không có mẫu nào khớp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="244"/>
        <source>Căn cứ: {basis}. Phiên bản {version}, hiệu lực {start} – {end}.</source>
        <translation>Căn cứ: {basis}. Phiên bản {version}, hiệu lực {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="282"/>
        <source>Ngày văn bản không hợp lệ.</source>
        <translation>Ngày văn bản không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="290"/>
        <source>Đang tạo văn bản…</source>
        <translation>Đang tạo văn bản…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="295"/>
        <source>Đã tạo văn bản số {number}: {path}</source>
        <translation>Đã tạo văn bản số {number}: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="297"/>
        <source>Bản PDF: {path}</source>
        <translation>Bản PDF: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="298"/>
        <source>Không làm được bản PDF trên máy này.</source>
        <translation>Không làm được bản PDF trên máy này.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="310"/>
        <source>Không tạo được văn bản: {error}</source>
        <translation>Không tạo được văn bản: {error}</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="33"/>
        <source>Đánh giá định kỳ</source>
        <translation>Đánh giá định kỳ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="34"/>
        <source>Thăm gặp</source>
        <translation>Thăm gặp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="35"/>
        <source>Sắp hết thời hạn</source>
        <translation>Sắp hết thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="36"/>
        <source>Đến hạn xóa án tích / coi như chưa bị áp dụng</source>
        <translation>Đến hạn xóa án tích / coi như chưa bị áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="37"/>
        <source>Rà soát, phân loại</source>
        <translation>Rà soát, phân loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="39"/>
        <source>Xóa án tích (cần quyết định của Tòa án)</source>
        <translation>Xóa án tích (cần quyết định của Tòa án)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="40"/>
        <source>Được coi là chưa bị áp dụng</source>
        <translation>Được coi là chưa bị áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="41"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Đề nghị Tòa án buộc chấp hành án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Việc</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Hạn</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="96"/>
        <source>Loại đối tượng</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="96"/>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="111"/>
        <source>Đến hạn</source>
        <translation>Đến hạn</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="126"/>
        <location filename="../desktop_app/ui/pages/due.py" line="233"/>
        <source>%Ln việc</source>
        <translation>
            <numerusform>%Ln việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="128"/>
        <location filename="../desktop_app/ui/pages/due.py" line="232"/>
        <source>{items}, trong đó %Ln việc quá hạn</source>
        <translation>
            <numerusform>{items}, trong đó %Ln việc quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="141"/>
        <source>Quá hạn %n ngày</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="143"/>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="144"/>
        <source>Còn %n ngày</source>
        <translation>
            <numerusform>Còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="160"/>
        <source>Mọi cán bộ</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="161"/>
        <source>Tôi phụ trách</source>
        <translation>Tôi phụ trách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="166"/>
        <source>Ghi nhận (Enter)</source>
        <translation>Ghi nhận (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="170"/>
        <source>Mở hồ sơ</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="173"/>
        <source>Tạo văn bản (Ctrl+D)</source>
        <translation>Tạo văn bản (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="178"/>
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
</context>
<context>
    <name>DueKinds</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="70"/>
        <source>Đánh giá</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="71"/>
        <source>Thăm gặp</source>
        <translation>Thăm gặp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="72"/>
        <source>Sắp hết hạn</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="73"/>
        <source>Xóa án tích</source>
        <translation>Xóa án tích</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="74"/>
        <source>Xóa án tích (cần quyết định của Tòa án)</source>
        <translation>Xóa án tích (cần quyết định của Tòa án)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="75"/>
        <source>Được coi là chưa bị áp dụng</source>
        <translation>Được coi là chưa bị áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="76"/>
        <source>Rà soát</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="77"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Đề nghị Tòa án buộc chấp hành án phạt tù</translation>
    </message>
</context>
<context>
    <name>DueNotes</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="78"/>
        <source>Đương nhiên được xóa án tích (Bộ luật Hình sự Điều 70(2))</source>
        <translation>Đương nhiên được xóa án tích (Bộ luật Hình sự Điều 70(2))</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="79"/>
        <source>Cần quyết định của Tòa án (Bộ luật Hình sự Điều 71)</source>
        <translation>Cần quyết định của Tòa án (Bộ luật Hình sự Điều 71)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="80"/>
        <source>Được coi là chưa bị áp dụng biện pháp xử lý hành chính (Luật XLVPHC Điều 137)</source>
        <translation>Được coi là chưa bị áp dụng biện pháp xử lý hành chính (Luật XLVPHC Điều 137)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="81"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Đề nghị Tòa án buộc chấp hành án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="82"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù ({basis})</source>
        <translation>Đề nghị Tòa án buộc chấp hành án phạt tù ({basis})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="484"/>
        <location filename="../desktop_app/ui/dialogs/form.py" line="512"/>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/texts.py" line="217"/>
        <source>Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau %n giây.</source>
        <translation>
            <numerusform>Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="219"/>
        <source>Tài khoản đã bị vô hiệu hóa.</source>
        <translation>Tài khoản đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="221"/>
        <source>Tài khoản không có chứng nhận hợp lệ của trưởng công an (vai trò, đơn vị hoặc khóa của tài khoản không khớp); hãy báo trưởng công an.</source>
        <translation>Tài khoản không có chứng nhận hợp lệ của trưởng công an (vai trò, đơn vị hoặc khóa của tài khoản không khớp); hãy báo trưởng công an.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="223"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="225"/>
        <source>Vai trò của bạn không được phép thực hiện thao tác này.</source>
        <translation>Vai trò của bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="227"/>
        <source>Không tìm thấy bản ghi (có thể đã bị xóa).</source>
        <translation>Không tìm thấy bản ghi (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="230"/>
        <source>Ổ đĩa đã đầy: thao tác chưa được ghi, dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>Ổ đĩa đã đầy: thao tác chưa được ghi, dữ liệu cũ vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="231"/>
        <source>Tệp dữ liệu bị hỏng hoặc không phải sổ WardBook; dữ liệu không bị thay đổi.</source>
        <translation>Tệp dữ liệu bị hỏng hoặc không phải sổ WardBook; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="232"/>
        <source>Chưa có sổ đăng ký trong thư mục dữ liệu.</source>
        <translation>Chưa có sổ đăng ký trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="233"/>
        <source>Thư mục dữ liệu đã có sổ đăng ký.</source>
        <translation>Thư mục dữ liệu đã có sổ đăng ký.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="234"/>
        <source>Không dùng được sổ đăng ký: {code}</source>
        <translation>Không dùng được sổ đăng ký: {code}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="235"/>
        <source>Lỗi không mong đợi: {error}</source>
        <translation>Lỗi không mong đợi: {error}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="318"/>
        <source>A — Tốt: ổn định, chấp hành nghiêm</source>
        <translation>A — Tốt: ổn định, chấp hành nghiêm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="319"/>
        <source>B — Khá: chấp hành pháp luật, còn khó khăn</source>
        <translation>B — Khá: chấp hành pháp luật, còn khó khăn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="320"/>
        <source>C — Chưa tốt: không chấp hành, có nguy cơ vi phạm</source>
        <translation>C — Chưa tốt: không chấp hành, có nguy cơ vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="321"/>
        <source>D — Đang bị tạm giữ, tạm giam</source>
        <translation>D — Đang bị tạm giữ, tạm giam</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="331"/>
        <source>Sửa nhận xét, đánh giá</source>
        <translation>Sửa nhận xét, đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="332"/>
        <source>Nhận xét, đánh giá định kỳ</source>
        <translation>Nhận xét, đánh giá định kỳ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="336"/>
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="337"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="337"/>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="338"/>
        <source>6 tháng</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="338"/>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="340"/>
        <source>Từ ngày (đầu kỳ)</source>
        <translation>Từ ngày (đầu kỳ)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="341"/>
        <source>Nhận xét của người giúp đỡ</source>
        <translation>Nhận xét của người giúp đỡ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="342"/>
        <source>Đánh giá của Công an xã</source>
        <translation>Đánh giá của Công an xã</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="343"/>
        <source>Xếp loại</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="344"/>
        <source>(chưa xếp loại)</source>
        <translation>(chưa xếp loại)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="347"/>
        <source>Đã nhận bản tự nhận xét</source>
        <translation>Đã nhận bản tự nhận xét</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="38"/>
        <source>Biến động hồ sơ</source>
        <translation>Biến động hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="44"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="46"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="47"/>
        <source>Số tháng</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="48"/>
        <source>Số ngày</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="49"/>
        <source>Xã, phường chuyển đến/đi</source>
        <translation>Xã, phường chuyển đến/đi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="50"/>
        <source>Số quyết định</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="51"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop_app/ui/exporting.py" line="26"/>
        <source>Xuất ra Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/exporting.py" line="27"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/exporting.py" line="42"/>
        <source>Đã xuất</source>
        <translation>Đã xuất</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/exporting.py" line="43"/>
        <source>Đã ghi %Ln dòng vào tệp:
{path}</source>
        <translation>
            <numerusform>Đã ghi %Ln dòng vào tệp:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="83"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="84"/>
        <source>Họ</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="85"/>
        <source>Chữ đệm</source>
        <translation>Chữ đệm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="86"/>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="87"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="88"/>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="89"/>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="90"/>
        <source>Giấy tờ cũ</source>
        <translation>Giấy tờ cũ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="91"/>
        <source>Nơi thường trú</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="92"/>
        <source>Nơi ở hiện tại</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="93"/>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="94"/>
        <source>Mật khẩu mới</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="95"/>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="96"/>
        <source>Tài khoản quản trị</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="97"/>
        <source>Mã đơn vị</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="98"/>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="99"/>
        <source>Thời hạn (tháng)</source>
        <translation>Thời hạn (tháng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="100"/>
        <source>Người giúp đỡ</source>
        <translation>Người giúp đỡ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="101"/>
        <source>Ngày bắt đầu</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="102"/>
        <source>Ngày quyết định</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="103"/>
        <source>Ngày hiệu lực</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="104"/>
        <source>Ngày kết thúc</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="105"/>
        <source>Ngày kết thúc thực tế</source>
        <translation>Ngày kết thúc thực tế</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="106"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="107"/>
        <source>Kỳ đánh giá</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="108"/>
        <source>Ngày tiếp nhận</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="109"/>
        <source>Người báo tin</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="110"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="111"/>
        <source>Ngày thành lập</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="112"/>
        <source>Đối tượng</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="113"/>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="114"/>
        <source>Loại đối tượng</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="115"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="116"/>
        <source>Số tháng</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="117"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="118"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="119"/>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="120"/>
        <source>Mã QR</source>
        <translation>Mã QR</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="121"/>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="122"/>
        <source>Đơn vị chuyển đến/đi</source>
        <translation>Đơn vị chuyển đến/đi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="123"/>
        <source>Cha mẹ cùng ký</source>
        <translation>Cha mẹ cùng ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="124"/>
        <source>Ảnh</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="125"/>
        <source>Tự khóa sau (phút)</source>
        <translation>Tự khóa sau (phút)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="126"/>
        <source>Tự động đồng bộ mỗi (phút)</source>
        <translation>Tự động đồng bộ mỗi (phút)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="127"/>
        <source>Tỉnh, thành phố</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="128"/>
        <source>Hành vi vi phạm</source>
        <translation>Hành vi vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="129"/>
        <source>Nặc danh</source>
        <translation>Nặc danh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="130"/>
        <source>Địa bàn</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="131"/>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="132"/>
        <source>Hình thức tiếp nhận</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="133"/>
        <source>Đã ký cam kết</source>
        <translation>Đã ký cam kết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="134"/>
        <source>Số giấy chứng nhận chấp hành xong</source>
        <translation>Số giấy chứng nhận chấp hành xong</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="135"/>
        <source>Ngày chấp hành xong</source>
        <translation>Ngày chấp hành xong</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="136"/>
        <source>Chấp hành tốt</source>
        <translation>Chấp hành tốt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="137"/>
        <source>Ngày kết thúc dự kiến</source>
        <translation>Ngày kết thúc dự kiến</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="138"/>
        <source>Tính vào thời hạn</source>
        <translation>Tính vào thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="139"/>
        <source>Nơi đến</source>
        <translation>Nơi đến</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="140"/>
        <source>Hết thời gian theo dõi</source>
        <translation>Hết thời gian theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="141"/>
        <source>Hình thức xử lý</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="142"/>
        <source>Nhận xét của người giúp đỡ</source>
        <translation>Nhận xét của người giúp đỡ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="143"/>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="144"/>
        <source>Bản án</source>
        <translation>Bản án</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="145"/>
        <source>Căn cứ pháp lý</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="146"/>
        <source>Người chưa thành niên</source>
        <translation>Người chưa thành niên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="147"/>
        <source>Lý do vượt cảnh báo</source>
        <translation>Lý do vượt cảnh báo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="148"/>
        <source>Lý do vượt cảnh báo CCCD</source>
        <translation>Lý do vượt cảnh báo CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="149"/>
        <source>Loại kỳ</source>
        <translation>Loại kỳ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="150"/>
        <source>Được phép</source>
        <translation>Được phép</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="151"/>
        <source>Đánh giá của công an</source>
        <translation>Đánh giá của công an</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="152"/>
        <source>Số biên bản</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="153"/>
        <source>Liên lạc của người báo tin</source>
        <translation>Liên lạc của người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="154"/>
        <source>Ngày rà soát</source>
        <translation>Ngày rà soát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="155"/>
        <source>Đã nhận bản tự nhận xét</source>
        <translation>Đã nhận bản tự nhận xét</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="156"/>
        <source>Loại hình phạt</source>
        <translation>Loại hình phạt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="157"/>
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="158"/>
        <source>Cơ quan giám sát</source>
        <translation>Cơ quan giám sát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="159"/>
        <source>Hình phạt bổ sung</source>
        <translation>Hình phạt bổ sung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="160"/>
        <source>Cán bộ phụ trách</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="161"/>
        <source>Thời hạn (ngày)</source>
        <translation>Thời hạn (ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="162"/>
        <source>Ngày tuyên án sơ thẩm</source>
        <translation>Ngày tuyên án sơ thẩm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="163"/>
        <source>Ngày bắt đầu giám sát</source>
        <translation>Ngày bắt đầu giám sát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="164"/>
        <source>Số ngày tạm giữ, tạm giam đã trừ</source>
        <translation>Số ngày tạm giữ, tạm giam đã trừ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="165"/>
        <source>Ngày chấp hành xong án phạt tù</source>
        <translation>Ngày chấp hành xong án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="166"/>
        <source>Chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="167"/>
        <source>Ngày chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Ngày chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="168"/>
        <source>Tội xâm phạm an ninh quốc gia</source>
        <translation>Tội xâm phạm an ninh quốc gia</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="169"/>
        <source>Số ngày</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="170"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="171"/>
        <source>Chuyển đến xã</source>
        <translation>Chuyển đến xã</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="80"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="81"/>
        <source>Hủy (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="243"/>
        <source>Cảnh báo: </source>
        <translation>Cảnh báo: </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="301"/>
        <source>Chưa nhập hoặc sửa gì nên không có gì để lưu. Nhập vào các ô rồi bấm Lưu (Ctrl+S), hoặc Esc để đóng.</source>
        <translation>Chưa nhập hoặc sửa gì nên không có gì để lưu. Nhập vào các ô rồi bấm Lưu (Ctrl+S), hoặc Esc để đóng.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="423"/>
        <source>Chưa lưu</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="424"/>
        <source>Bỏ những gì đã nhập?</source>
        <translation>Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="426"/>
        <source>Bỏ, đóng hộp này</source>
        <translation>Bỏ, đóng hộp này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="427"/>
        <source>Không, nhập tiếp</source>
        <translation>Không, nhập tiếp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_base.py" line="31"/>
        <source>Lý do vẫn lưu</source>
        <translation>Lý do vẫn lưu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_base.py" line="32"/>
        <source>Bắt buộc khi có cảnh báo</source>
        <translation>Bắt buộc khi có cảnh báo</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="172"/>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="173"/>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="174"/>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="35"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="47"/>
        <source>Tạo mới</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="35"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="48"/>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="36"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="49"/>
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="37"/>
        <source>Nghi trùng</source>
        <translation>Nghi trùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="37"/>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="41"/>
        <source>người</source>
        <translation>người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="41"/>
        <source>hồ sơ</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="43"/>
        <source>Tất cả (lỗi, nghi trùng lên đầu)</source>
        <translation>Tất cả (lỗi, nghi trùng lên đầu)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="44"/>
        <source>Cần xử lý: lỗi và nghi trùng</source>
        <translation>Cần xử lý: lỗi và nghi trùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="45"/>
        <source>Chỉ lỗi</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="46"/>
        <source>Chỉ nghi trùng</source>
        <translation>Chỉ nghi trùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="59"/>
        <source>{part}: {status}</source>
        <translation>{part}: {status}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="65"/>
        <source>thêm %Ln người tham dự</source>
        <translation>
            <numerusform>thêm %Ln người tham dự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="67"/>
        <source>ghi nhận %Ln bản cam kết</source>
        <translation>
            <numerusform>ghi nhận %Ln bản cam kết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="132"/>
        <source>Chọn tệp Excel/CSV…</source>
        <translation>Chọn tệp Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="136"/>
        <source>Chưa chọn tệp.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="140"/>
        <source>Kiểm tra (chưa ghi)</source>
        <translation>Kiểm tra (chưa ghi)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="144"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="371"/>
        <source>Nhập vào sổ</source>
        <translation>Nhập vào sổ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="146"/>
        <source>Chỉ bật sau khi đã kiểm tra đúng tệp này và tệp chưa bị sửa.</source>
        <translation>Chỉ bật sau khi đã kiểm tra đúng tệp này và tệp chưa bị sửa.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="149"/>
        <source>Lưu tệp mẫu…</source>
        <translation>Lưu tệp mẫu…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="155"/>
        <source>Một tệp có thể gồm các trang: người và hồ sơ, tin tố giác, buổi răn đe, mô hình — nhận ra theo tên trang hoặc dòng tiêu đề. “Kiểm tra” chạy thử toàn bộ mà không ghi gì; dòng lỗi và dòng nghi trùng không bao giờ được ghi.</source>
        <translation>Một tệp có thể gồm các trang: người và hồ sơ, tin tố giác, buổi răn đe, mô hình — nhận ra theo tên trang hoặc dòng tiêu đề. “Kiểm tra” chạy thử toàn bộ mà không ghi gì; dòng lỗi và dòng nghi trùng không bao giờ được ghi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="170"/>
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="195"/>
        <source>Hiển thị:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="208"/>
        <source>Trang</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="209"/>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="210"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="211"/>
        <source>Nội dung dòng</source>
        <translation>Nội dung dòng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="212"/>
        <source>Cột</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="213"/>
        <source>Thông báo</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="226"/>
        <source>Chọn tệp cần nhập</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="227"/>
        <source>Bảng tính (*.xlsx *.xlsm *.csv)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="243"/>
        <source>Bấm “Kiểm tra” để xem trước kết quả từng dòng; chưa có gì được ghi.</source>
        <translation>Bấm “Kiểm tra” để xem trước kết quả từng dòng; chưa có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="247"/>
        <source>Lưu tệp mẫu</source>
        <translation>Lưu tệp mẫu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="253"/>
        <source>Đang ghi tệp mẫu…</source>
        <translation>Đang ghi tệp mẫu…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="255"/>
        <source>Đã ghi tệp mẫu {path}</source>
        <translation>Đã ghi tệp mẫu {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="294"/>
        <source>Đang xử lý trang “{sheet}”: {done}/%Ln dòng…</source>
        <translation>
            <numerusform>Đang xử lý trang “{sheet}”: {done}/%Ln dòng…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="316"/>
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="320"/>
        <source>Đã dừng: chưa ghi gì vào sổ.</source>
        <translation>Đã dừng: chưa ghi gì vào sổ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="325"/>
        <source>Không thực hiện được: {msg}</source>
        <translation>Không thực hiện được: {msg}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="339"/>
        <source>Đang kiểm tra {name}…</source>
        <translation>Đang kiểm tra {name}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="352"/>
        <source>Không đọc được tệp — xem thông báo trong bảng.</source>
        <translation>Không đọc được tệp — xem thông báo trong bảng.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="354"/>
        <source>Không tìm thấy dòng dữ liệu nào để nhập.</source>
        <translation>Không tìm thấy dòng dữ liệu nào để nhập.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="356"/>
        <source>Kiểm tra xong: không có dòng nào cần ghi vào sổ (chỉ có dòng lỗi, nghi trùng hoặc không đổi). Sửa tệp rồi bấm “Kiểm tra” lại.</source>
        <translation>Kiểm tra xong: không có dòng nào cần ghi vào sổ (chỉ có dòng lỗi, nghi trùng hoặc không đổi). Sửa tệp rồi bấm “Kiểm tra” lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="359"/>
        <source>Kiểm tra xong, chưa ghi gì. “Nhập vào sổ” sẽ ghi %Ln dòng hợp lệ; dòng lỗi và nghi trùng sẽ không được ghi.</source>
        <translation>
            <numerusform>Kiểm tra xong, chưa ghi gì. “Nhập vào sổ” sẽ ghi %Ln dòng hợp lệ; dòng lỗi và nghi trùng sẽ không được ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="372"/>
        <source>{errors} và {duplicates} sẽ KHÔNG được ghi. Ghi %Ln dòng còn lại?</source>
        <translation>
            <numerusform>{errors} và {duplicates} sẽ KHÔNG được ghi. Ghi %Ln dòng còn lại?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="374"/>
        <source>%Ln dòng lỗi</source>
        <translation>
            <numerusform>%Ln dòng lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="375"/>
        <source>%Ln dòng nghi trùng</source>
        <translation>
            <numerusform>%Ln dòng nghi trùng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="392"/>
        <source>Đang nhập {name} vào sổ…</source>
        <translation>Đang nhập {name} vào sổ…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="398"/>
        <source>Tệp đã bị sửa sau khi kiểm tra: chưa ghi gì. Hãy bấm “Kiểm tra” lại.</source>
        <translation>Tệp đã bị sửa sau khi kiểm tra: chưa ghi gì. Hãy bấm “Kiểm tra” lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="403"/>
        <source>Đã nhập vào sổ: {c} tạo mới, {u} cập nhật, {s} không đổi.</source>
        <translation>Đã nhập vào sổ: {c} tạo mới, {u} cập nhật, {s} không đổi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="414"/>
        <source>Kết quả kiểm tra (chưa ghi)</source>
        <translation>Kết quả kiểm tra (chưa ghi)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="414"/>
        <source>Kết quả nhập</source>
        <translation>Kết quả nhập</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="417"/>
        <source>&lt;b&gt;{head}:&lt;/b&gt; %Ln dòng dữ liệu</source>
        <translation>
            <numerusform>&lt;b&gt;{head}:&lt;/b&gt; %Ln dòng dữ liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="418"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; tạo mới</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; tạo mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="419"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; cập nhật</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="420"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; không đổi</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; không đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="421"/>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; nghi trùng&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; nghi trùng&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="422"/>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; dòng lỗi&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a40000&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; dòng lỗi&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="425"/>
        <source>; bỏ qua %Ln dòng trống</source>
        <translation>
            <numerusform>; bỏ qua %Ln dòng trống</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="428"/>
        <source>Trang đã nhận ra: {names}</source>
        <translation>Trang đã nhận ra: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="431"/>
        <source>%Ln dòng nghi trùng với người đã có trong sổ hoặc trong tệp được giữ lại, không ghi: cần người kiểm tra xác nhận — nếu đúng là người khác, bổ sung số CCCD vào tệp rồi nhập lại; nếu là cùng một người, sửa trong hồ sơ đã có.</source>
        <translation>
            <numerusform>%Ln dòng nghi trùng với người đã có trong sổ hoặc trong tệp được giữ lại, không ghi: cần người kiểm tra xác nhận — nếu đúng là người khác, bổ sung số CCCD vào tệp rồi nhập lại; nếu là cùng một người, sửa trong hồ sơ đã có.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="447"/>
        <source>{n} / %Ln dòng</source>
        <translation>
            <numerusform>{n} / %Ln dòng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../desktop_app/ui/login.py" line="237"/>
        <source>WardBook — Đã khóa — {user}</source>
        <translation>WardBook — Đã khóa — {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="240"/>
        <source>Đã khóa — {user}</source>
        <translation>Đã khóa — {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="242"/>
        <source>Tên đăng nhập: {login}</source>
        <translation>Tên đăng nhập: {login}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="245"/>
        <source>Màn hình đã tự khóa do không thao tác. Nhập mật khẩu để tiếp tục.</source>
        <translation>Màn hình đã tự khóa do không thao tác. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="247"/>
        <source>Bạn đã khóa màn hình. Nhập mật khẩu để tiếp tục.</source>
        <translation>Bạn đã khóa màn hình. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="254"/>
        <source>Mở khóa</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="262"/>
        <source>Chưa nhập mật khẩu.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="272"/>
        <source>Sai mật khẩu.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../desktop_app/ui/login.py" line="51"/>
        <source>Ngôn ngữ / Language:</source>
        <translation>Ngôn ngữ / Language:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="183"/>
        <source>WardBook — Đăng nhập</source>
        <translation>WardBook — Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="189"/>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="190"/>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="193"/>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="205"/>
        <source>Chưa nhập tên đăng nhập.</source>
        <translation>Chưa nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="209"/>
        <source>Chưa nhập mật khẩu.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="246"/>
        <source>WardBook — {unit}</source>
        <translation>WardBook — {unit}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="280"/>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="281"/>
        <source>Người và hồ sơ</source>
        <translation>Người và hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="282"/>
        <source>Việc đến hạn</source>
        <translation>Việc đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="283"/>
        <source>Buổi răn đe, giáo dục</source>
        <translation>Buổi răn đe, giáo dục</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="284"/>
        <source>Tin tố giác tội phạm</source>
        <translation>Tin tố giác tội phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="285"/>
        <source>Mô hình phong trào</source>
        <translation>Mô hình phong trào</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="286"/>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="287"/>
        <source>Nhập từ Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="288"/>
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="289"/>
        <source>Quản trị</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="310"/>
        <source>Phím tắt: {key}</source>
        <translation>Phím tắt: {key}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="318"/>
        <source>Đơn vị: {name} ({code})</source>
        <translation>Đơn vị: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="319"/>
        <source>Người dùng: {user} — {role}</source>
        <translation>Người dùng: {user} — {role}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="329"/>
        <source>Khóa (Ctrl+L)</source>
        <translation>Khóa (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="330"/>
        <source>Khóa màn hình ngay; mở lại bằng mật khẩu. Dữ liệu đang nhập được giữ nguyên.</source>
        <translation>Khóa màn hình ngay; mở lại bằng mật khẩu. Dữ liệu đang nhập được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="339"/>
        <source>Đang xử lý…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="433"/>
        <source>Chưa đăng ký đồng bộ — %Ln thay đổi chờ gửi</source>
        <translation>
            <numerusform>Chưa đăng ký đồng bộ — %Ln thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="435"/>
        <source>Đồng bộ lỗi — %Ln thay đổi chờ gửi</source>
        <translation>
            <numerusform>Đồng bộ lỗi — %Ln thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="437"/>
        <source>Đã đồng bộ lúc {at}</source>
        <translation>Đã đồng bộ lúc {at}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="439"/>
        <source>%Ln thay đổi chờ gửi</source>
        <translation>
            <numerusform>%Ln thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="445"/>
        <source>%Ln xung đột</source>
        <translation>
            <numerusform>%Ln xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="447"/>
        <source>%Ln thay đổi bị từ chối</source>
        <translation>
            <numerusform>%Ln thay đổi bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="449"/>
        <source> · cần xem: {items}</source>
        <translation> · cần xem: {items}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="451"/>
        <source> · Đồng hồ máy tính chạy nhanh</source>
        <translation> · Đồng hồ máy tính chạy nhanh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="454"/>
        <source>Đồng bộ thành công lần cuối: {at}</source>
        <translation>Đồng bộ thành công lần cuối: {at}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="465"/>
        <source>Bấm để mở trang Đồng bộ.</source>
        <translation>Bấm để mở trang Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="468"/>
        <source>Đang đồng bộ…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="21"/>
        <source>Sửa mô hình</source>
        <translation>Sửa mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="21"/>
        <location filename="../desktop_app/ui/pages/models.py" line="74"/>
        <source>Thêm mô hình</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="23"/>
        <source>Tên mô hình *</source>
        <translation>Tên mô hình *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="24"/>
        <source>Loại mô hình</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="25"/>
        <location filename="../desktop_app/ui/pages/models.py" line="82"/>
        <source>Địa bàn</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="26"/>
        <source>ví dụ: Thôn Đông (gõ vài chữ để chọn địa bàn đã có)</source>
        <translation>ví dụ: Thôn Đông (gõ vài chữ để chọn địa bàn đã có)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="31"/>
        <location filename="../desktop_app/ui/pages/models.py" line="83"/>
        <source>Ngày thành lập</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="32"/>
        <location filename="../desktop_app/ui/pages/models.py" line="84"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="60"/>
        <source>Mọi loại mô hình</source>
        <translation>Mọi loại mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="68"/>
        <source>Mọi địa bàn</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="74"/>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="80"/>
        <source>Tên mô hình</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="81"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/models.py" line="115"/>
        <source>{models} ở %Ln địa bàn</source>
        <translation>
            <numerusform>{models} ở %Ln địa bàn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/models.py" line="116"/>
        <source>%Ln mô hình</source>
        <translation>
            <numerusform>%Ln mô hình</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Officer</name>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="66"/>
        <source>Tên đăng nhập: {login}</source>
        <translation>Tên đăng nhập: {login}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="75"/>
        <source>Hồ sơ đang quản lý</source>
        <translation>Hồ sơ đang quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="76"/>
        <source>Việc quá hạn</source>
        <translation>Việc quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="77"/>
        <source>Việc đến hạn trong 7 ngày</source>
        <translation>Việc đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="78"/>
        <source>Tin tố giác 12 tháng qua (có giá trị)</source>
        <translation>Tin tố giác 12 tháng qua (có giá trị)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="79"/>
        <source>Lượt tham dự răn đe, giáo dục 12 tháng qua</source>
        <translation>Lượt tham dự răn đe, giáo dục 12 tháng qua</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="86"/>
        <source>Hồ sơ đang quản lý theo loại đối tượng</source>
        <translation>Hồ sơ đang quản lý theo loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="87"/>
        <source>Việc đến hạn</source>
        <translation>Việc đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="88"/>
        <source>Tin tố giác theo tháng</source>
        <translation>Tin tố giác theo tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="89"/>
        <source>Lượt tham dự buổi răn đe theo tháng</source>
        <translation>Lượt tham dự buổi răn đe theo tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="117"/>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="120"/>
        <source>Số việc</source>
        <translation>Số việc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="122"/>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="122"/>
        <source>Sắp đến hạn</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="126"/>
        <source>Tháng, từ {first} đến {last}</source>
        <translation>Tháng, từ {first} đến {last}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="128"/>
        <source>Tiếp nhận</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="128"/>
        <source>Có giá trị</source>
        <translation>Có giá trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="132"/>
        <source>Lượt tham dự</source>
        <translation>Lượt tham dự</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="35"/>
        <source>tên gọi khác</source>
        <translation>tên gọi khác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="35"/>
        <source>nơi thường trú</source>
        <translation>nơi thường trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="36"/>
        <source>số CMND/CCCD cũ</source>
        <translation>số CMND/CCCD cũ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="43"/>
        <source>khớp: {fields}</source>
        <translation>khớp: {fields}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="61"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="61"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="61"/>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="62"/>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="62"/>
        <source>Nơi ở hiện tại</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="62"/>
        <source>Loại đối tượng</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="63"/>
        <source>Hồ sơ đang quản lý</source>
        <translation>Hồ sơ đang quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="133"/>
        <source>Người này hiện ra vì từ tìm kiếm có trong: {fields} (không hiện trong bảng)</source>
        <translation>Người này hiện ra vì từ tìm kiếm có trong: {fields} (không hiện trong bảng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="159"/>
        <source>Tìm theo tên (gõ không dấu được), số CCCD, địa chỉ… (Ctrl+F)</source>
        <translation>Tìm theo tên (gõ không dấu được), số CCCD, địa chỉ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="163"/>
        <source>Mọi loại đối tượng</source>
        <translation>Mọi loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="168"/>
        <source>Mọi trạng thái</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="173"/>
        <source>Mọi cán bộ</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="174"/>
        <source>Tôi phụ trách</source>
        <translation>Tôi phụ trách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="178"/>
        <source>Mọi hạn</source>
        <translation>Mọi hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="179"/>
        <source>Có việc đến hạn</source>
        <translation>Có việc đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="180"/>
        <source>Có việc quá hạn</source>
        <translation>Có việc quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="181"/>
        <source>Những người có việc trong danh sách Việc đến hạn (đánh giá, thăm gặp, hồ sơ sắp hết hạn, xóa án tích)</source>
        <translation>Những người có việc trong danh sách Việc đến hạn (đánh giá, thăm gặp, hồ sơ sắp hết hạn, xóa án tích)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="184"/>
        <source>Thêm người (Ctrl+N)</source>
        <translation>Thêm người (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="186"/>
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="188"/>
        <source>Ghi toàn bộ danh sách đang lọc ra tệp Excel (có ghi nhật ký)</source>
        <translation>Ghi toàn bộ danh sách đang lọc ra tệp Excel (có ghi nhật ký)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/people.py" line="282"/>
        <source>Hiển thị {shown} / %Ln người</source>
        <translation>
            <numerusform>Hiển thị {shown} / %Ln người</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="33"/>
        <source>Sửa nhân thân</source>
        <translation>Sửa nhân thân</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="33"/>
        <source>Thêm người</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="35"/>
        <source>Quét mã QR CCCD</source>
        <translation>Quét mã QR CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="36"/>
        <source>Đặt con trỏ ở đây rồi quét thẻ</source>
        <translation>Đặt con trỏ ở đây rồi quét thẻ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="38"/>
        <source>Họ và tên *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="39"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="39"/>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="55"/>
        <source>dd/mm/yyyy, mm/yyyy hoặc yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="40"/>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="41"/>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="42"/>
        <source>Nơi thường trú</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="43"/>
        <source>Xã, phường thường trú</source>
        <translation>Xã, phường thường trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="44"/>
        <source>Nơi ở hiện tại</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="45"/>
        <source>Xã, phường nơi ở</source>
        <translation>Xã, phường nơi ở</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="46"/>
        <source>Nghề nghiệp</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="47"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="49"/>
        <source>Dân tộc</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="50"/>
        <source>Tôn giáo</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="51"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="59"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="59"/>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="60"/>
        <source>6 tháng</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="60"/>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="61"/>
        <source>Có phép</source>
        <translation>Có phép</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="62"/>
        <source>Không phép</source>
        <translation>Không phép</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="125"/>
        <source>Hồ sơ đối tượng</source>
        <translation>Hồ sơ đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="142"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="374"/>
        <source>(chưa có ảnh)</source>
        <translation>(chưa có ảnh)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="151"/>
        <source>Chọn ảnh…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="155"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="401"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="403"/>
        <source>Bỏ ảnh</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="162"/>
        <source>Nhân thân</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="165"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="54"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="166"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="55"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="167"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="56"/>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="168"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="57"/>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="169"/>
        <source>Giấy tờ cũ</source>
        <translation>Giấy tờ cũ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="170"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="58"/>
        <source>Nơi thường trú</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="171"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="59"/>
        <source>Nơi ở hiện tại</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="172"/>
        <source>Dân tộc / Tôn giáo</source>
        <translation>Dân tộc / Tôn giáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="177"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="185"/>
        <source>Sửa nhân thân</source>
        <translation>Sửa nhân thân</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="186"/>
        <source>Lập hồ sơ mới</source>
        <translation>Lập hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="187"/>
        <source>Sửa hồ sơ quản lý</source>
        <translation>Sửa hồ sơ quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="188"/>
        <source>Ghi thăm gặp (Ctrl+G)</source>
        <translation>Ghi thăm gặp (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="189"/>
        <source>Đánh giá định kỳ</source>
        <translation>Đánh giá định kỳ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="190"/>
        <source>Vắng mặt</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="191"/>
        <source>Vi phạm</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="192"/>
        <source>Gia hạn / chuyển</source>
        <translation>Gia hạn / chuyển</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="193"/>
        <source>Kết thúc hồ sơ</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="194"/>
        <source>Mở lại hồ sơ</source>
        <translation>Mở lại hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="195"/>
        <source>Chuyển địa bàn</source>
        <translation>Chuyển địa bàn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="205"/>
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="210"/>
        <source>Tạo văn bản (Ctrl+D)</source>
        <translation>Tạo văn bản (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="215"/>
        <source>In hồ sơ (Ctrl+P)</source>
        <translation>In hồ sơ (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="229"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="239"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="75"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="229"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="230"/>
        <source>Số QĐ</source>
        <translation>Số QĐ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="230"/>
        <source>Bắt đầu</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="231"/>
        <source>Kết thúc dự kiến</source>
        <translation>Kết thúc dự kiến</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="231"/>
        <source>Người giúp đỡ</source>
        <translation>Người giúp đỡ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="232"/>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="239"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="263"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="75"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="81"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="240"/>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="240"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="75"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="242"/>
        <source>Enter hoặc nhấp đúp: sửa mục đã chọn; Delete: xóa</source>
        <translation>Enter hoặc nhấp đúp: sửa mục đã chọn; Delete: xóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="251"/>
        <source>Sửa mục đã chọn</source>
        <translation>Sửa mục đã chọn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="255"/>
        <source>Xóa mục đã chọn</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="263"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="81"/>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="264"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="82"/>
        <source>Nội dung buổi răn đe</source>
        <translation>Nội dung buổi răn đe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="329"/>
        <source>Hồ sơ: {name}</source>
        <translation>Hồ sơ: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="338"/>
        <source>(không có quyền xem)</source>
        <translation>(không có quyền xem)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/person_file.py" line="352"/>
        <source>Hồ sơ quản lý, giáo dục: %n</source>
        <translation>
            <numerusform>Hồ sơ quản lý, giáo dục: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/person_file.py" line="353"/>
        <source>Buổi răn đe, giáo dục đã tham dự: %n</source>
        <translation>
            <numerusform>Buổi răn đe, giáo dục đã tham dự: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="373"/>
        <source>(ảnh chưa về, sẽ có sau lần đồng bộ tới)</source>
        <translation>(ảnh chưa về, sẽ có sau lần đồng bộ tới)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="382"/>
        <source>Chọn ảnh của đối tượng</source>
        <translation>Chọn ảnh của đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="383"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="389"/>
        <source>Tệp này không phải ảnh hoặc đã hỏng: {path}</source>
        <translation>Tệp này không phải ảnh hoặc đã hỏng: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="390"/>
        <source>Không đọc được ảnh</source>
        <translation>Không đọc được ảnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="402"/>
        <source>Bỏ ảnh của {name} khỏi hồ sơ?</source>
        <translation>Bỏ ảnh của {name} khỏi hồ sơ?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="403"/>
        <source>Giữ ảnh</source>
        <translation>Giữ ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/person_file.py" line="416"/>
        <source>Diễn biến — {category}: %n mục</source>
        <translation>
            <numerusform>Diễn biến — {category}: %n mục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="419"/>
        <source>Diễn biến: chưa có hồ sơ</source>
        <translation>Diễn biến: chưa có hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="422"/>
        <source>{kind} (đã sửa)</source>
        <translation>{kind} (đã sửa)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="430"/>
        <source>Đã sửa sau khi ghi; nội dung cũ còn trong nhật ký</source>
        <translation>Đã sửa sau khi ghi; nội dung cũ còn trong nhật ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="477"/>
        <source>{kind} ngày {date}</source>
        <translation>{kind} ngày {date}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="481"/>
        <source>Xóa {what} khỏi hồ sơ của {name}? Mục này biến khỏi diễn biến; nội dung cũ vẫn còn trong nhật ký.</source>
        <translation>Xóa {what} khỏi hồ sơ của {name}? Mục này biến khỏi diễn biến; nội dung cũ vẫn còn trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="484"/>
        <source>Xóa mục</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="485"/>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="485"/>
        <source>Giữ lại</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="503"/>
        <source>{name} chưa có hồ sơ quản lý nào: lập hồ sơ trước (nút “Lập hồ sơ mới”).</source>
        <translation>{name} chưa có hồ sơ quản lý nào: lập hồ sơ trước (nút “Lập hồ sơ mới”).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="505"/>
        <source>Chưa có hồ sơ</source>
        <translation>Chưa có hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="60"/>
        <source>HỒ SƠ ĐỐI TƯỢNG</source>
        <translation>HỒ SƠ ĐỐI TƯỢNG</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="61"/>
        <source>QĐ số</source>
        <translation>QĐ số</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="79"/>
        <source>Buổi răn đe, giáo dục đã tham dự</source>
        <translation>Buổi răn đe, giáo dục đã tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="87"/>
        <source>In bởi {user} lúc {at} — tài liệu có dữ liệu cá nhân, không sao chép</source>
        <translation>In bởi {user} lúc {at} — tài liệu có dữ liệu cá nhân, không sao chép</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="175"/>
        <source>không được để trống</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="176"/>
        <source>phải có 12 chữ số (đã nhập {got})</source>
        <translation>phải có 12 chữ số (đã nhập {got})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="177"/>
        <source>chỉ được gồm chữ số</source>
        <translation>chỉ được gồm chữ số</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="178"/>
        <source>mã tỉnh nơi đăng ký khai sinh {code} không hợp lệ</source>
        <translation>mã tỉnh nơi đăng ký khai sinh {code} không hợp lệ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="179"/>
        <source>chữ số thứ 4 ({digit}) không hợp lệ</source>
        <translation>chữ số thứ 4 ({digit}) không hợp lệ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="180"/>
        <source>năm sinh theo CCCD ({cccd_year}) khác năm sinh đã nhập ({birth_year})</source>
        <translation>năm sinh theo CCCD ({cccd_year}) khác năm sinh đã nhập ({birth_year})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="181"/>
        <source>giới tính theo CCCD khác giới tính đã nhập</source>
        <translation>giới tính theo CCCD khác giới tính đã nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="182"/>
        <source>đã có người mang số CCCD này ({name})</source>
        <translation>đã có người mang số CCCD này ({name})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="183"/>
        <source>ngày không đúng định dạng dd/mm/yyyy: {value}</source>
        <translation>ngày không đúng định dạng dd/mm/yyyy: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="184"/>
        <source>ngày không tồn tại: {value}</source>
        <translation>ngày không tồn tại: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="185"/>
        <source>năm nằm ngoài khoảng {min}–{max}</source>
        <translation>năm nằm ngoài khoảng {min}–{max}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="186"/>
        <source>không được là ngày trong tương lai ({value})</source>
        <translation>không được là ngày trong tương lai ({value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="187"/>
        <source>ngày quá xa trong quá khứ</source>
        <translation>ngày quá xa trong quá khứ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="188"/>
        <source>ngày quá xa trong tương lai</source>
        <translation>ngày quá xa trong tương lai</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="189"/>
        <source>phải có ít nhất {min} ký tự</source>
        <translation>phải có ít nhất {min} ký tự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="190"/>
        <source>phải có cả chữ và số</source>
        <translation>phải có cả chữ và số</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="191"/>
        <source>không được trùng tên đăng nhập</source>
        <translation>không được trùng tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="192"/>
        <source>mã đơn vị phải có 2 chữ số (tỉnh) hoặc 5 chữ số (xã): {value}</source>
        <translation>mã đơn vị phải có 2 chữ số (tỉnh) hoặc 5 chữ số (xã): {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="193"/>
        <source>thời hạn {value} tháng ngoài khoảng {min}–{max} tháng của quy định áp dụng vào ngày quyết định ({basis})</source>
        <translation>thời hạn {value} tháng ngoài khoảng {min}–{max} tháng của quy định áp dụng vào ngày quyết định ({basis})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="194"/>
        <source>loại đối tượng này không có thời hạn theo luật ({basis}): để trống thời hạn, theo dõi bằng ngày rà soát hoặc ngày xóa án tích</source>
        <translation>loại đối tượng này không có thời hạn theo luật ({basis}): để trống thời hạn, theo dõi bằng ngày rà soát hoặc ngày xóa án tích</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="195"/>
        <source>loại đối tượng này tính thời hạn theo tháng, không nhập số ngày ({value} ngày); không làm tròn</source>
        <translation>loại đối tượng này tính thời hạn theo tháng, không nhập số ngày ({value} ngày); không làm tròn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="196"/>
        <source>chỉ trừ thời gian tạm giữ, tạm giam vào hình phạt cải tạo không giam giữ (Bộ luật Hình sự Điều 36: 1 ngày = 3 ngày)</source>
        <translation>chỉ trừ thời gian tạm giữ, tạm giam vào hình phạt cải tạo không giam giữ (Bộ luật Hình sự Điều 36: 1 ngày = 3 ngày)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="197"/>
        <source>ngày bắt đầu giám sát trước ngày tuyên án ({judgment_date})</source>
        <translation>ngày bắt đầu giám sát trước ngày tuyên án ({judgment_date})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="198"/>
        <source>người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng từ đủ {min} tuổi ({basis})</source>
        <translation>người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng từ đủ {min} tuổi ({basis})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="199"/>
        <source>người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng với người dưới {max} tuổi ({basis})</source>
        <translation>người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng với người dưới {max} tuổi ({basis})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="200"/>
        <source>thời hạn do Tòa án quyết định: không gia hạn; chỉ Tòa án rút ngắn, miễn hoặc buộc chấp hành án phạt tù (Bộ luật Hình sự Điều 65, 66)</source>
        <translation>thời hạn do Tòa án quyết định: không gia hạn; chỉ Tòa án rút ngắn, miễn hoặc buộc chấp hành án phạt tù (Bộ luật Hình sự Điều 65, 66)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="201"/>
        <source>chấm dứt trước thời hạn chỉ áp dụng cho biện pháp giáo dục tại xã, phường, thị trấn; án của Tòa án chỉ được rút ngắn, miễn hoặc buộc chấp hành bằng quyết định của Tòa án (ghi nhận là sự kiện)</source>
        <translation>chấm dứt trước thời hạn chỉ áp dụng cho biện pháp giáo dục tại xã, phường, thị trấn; án của Tòa án chỉ được rút ngắn, miễn hoặc buộc chấp hành bằng quyết định của Tòa án (ghi nhận là sự kiện)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="202"/>
        <source>người giúp đỡ sẽ phụ trách {count} người (tối đa {limit})</source>
        <translation>người giúp đỡ sẽ phụ trách {count} người (tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="203"/>
        <source>một lần vắng mặt {days} ngày (tối đa {limit} ngày, Luật Thi hành án hình sự)</source>
        <translation>một lần vắng mặt {days} ngày (tối đa {limit} ngày, Luật Thi hành án hình sự)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="204"/>
        <source>tổng thời gian vắng mặt {total} ngày vượt 1/3 thời hạn ({limit} ngày, Nghị định 120/2021/NĐ-CP)</source>
        <translation>tổng thời gian vắng mặt {total} ngày vượt 1/3 thời hạn ({limit} ngày, Nghị định 120/2021/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="205"/>
        <source>chưa chấp hành đủ một nửa thời hạn (Luật Xử lý vi phạm hành chính Điều 95)</source>
        <translation>chưa chấp hành đủ một nửa thời hạn (Luật Xử lý vi phạm hành chính Điều 95)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="206"/>
        <source>ngày kết thúc trước ngày bắt đầu ({start})</source>
        <translation>ngày kết thúc trước ngày bắt đầu ({start})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="207"/>
        <source>kỳ này đã được đánh giá</source>
        <translation>kỳ này đã được đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="208"/>
        <source>hồ sơ không còn đang quản lý ({status})</source>
        <translation>hồ sơ không còn đang quản lý ({status})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="209"/>
        <source>hồ sơ đang được quản lý, không cần mở lại</source>
        <translation>hồ sơ đang được quản lý, không cần mở lại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="210"/>
        <source>cần ghi nhận xét, đánh giá hoặc chọn xếp loại</source>
        <translation>cần ghi nhận xét, đánh giá hoặc chọn xếp loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="211"/>
        <source>không có tài khoản cán bộ đang hoạt động tên {value}</source>
        <translation>không có tài khoản cán bộ đang hoạt động tên {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="212"/>
        <source>phải lớn hơn 0</source>
        <translation>phải lớn hơn 0</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="213"/>
        <source>người này đã có trong danh sách tham dự</source>
        <translation>người này đã có trong danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="214"/>
        <source>{name} đã bị xóa khỏi danh sách buổi này, không thêm lại được</source>
        <translation>{name} đã bị xóa khỏi danh sách buổi này, không thêm lại được</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="215"/>
        <source>chỉ áp dụng với người chưa thành niên</source>
        <translation>chỉ áp dụng với người chưa thành niên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="216"/>
        <source>chưa ký bản cam kết</source>
        <translation>chưa ký bản cam kết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="217"/>
        <source>tin nặc danh không ghi thông tin người báo</source>
        <translation>tin nặc danh không ghi thông tin người báo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="218"/>
        <source>tên đăng nhập đã tồn tại: {value}</source>
        <translation>tên đăng nhập đã tồn tại: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="219"/>
        <source>vai trò của bạn không được sửa trường này</source>
        <translation>vai trò của bạn không được sửa trường này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="220"/>
        <source>không có quy tắc {value}</source>
        <translation>không có quy tắc {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="221"/>
        <source>số giấy tờ không hợp lệ: {value}</source>
        <translation>số giấy tờ không hợp lệ: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="222"/>
        <source>không đọc được mã QR trên thẻ CCCD</source>
        <translation>không đọc được mã QR trên thẻ CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="223"/>
        <source>cần đặt mật khẩu mới khi mở lại tài khoản</source>
        <translation>cần đặt mật khẩu mới khi mở lại tài khoản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="224"/>
        <source>quá dài (tối đa {max} ký tự)</source>
        <translation>quá dài (tối đa {max} ký tự)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="225"/>
        <source>ảnh phải là tệp JPEG hoặc PNG</source>
        <translation>ảnh phải là tệp JPEG hoặc PNG</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="226"/>
        <source>phải từ {min} đến {max}</source>
        <translation>phải từ {min} đến {max}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="227"/>
        <source>không có cài đặt này</source>
        <translation>không có cài đặt này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="228"/>
        <source>ảnh quá lớn (tối đa {max_kb} KB)</source>
        <translation>ảnh quá lớn (tối đa {max_kb} KB)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="229"/>
        <source>người này còn {cases} hồ sơ và {attendances} lượt tham dự; không xóa được</source>
        <translation>người này còn {cases} hồ sơ và {attendances} lượt tham dự; không xóa được</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="230"/>
        <source>ngày hiệu lực phải sau ngày hiệu lực hiện tại của đơn vị</source>
        <translation>ngày hiệu lực phải sau ngày hiệu lực hiện tại của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="231"/>
        <source>giá trị không đúng dạng của quy tắc này</source>
        <translation>giá trị không đúng dạng của quy tắc này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="232"/>
        <source>phải từ {ge} trở lên</source>
        <translation>phải từ {ge} trở lên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="233"/>
        <source>tối đa {le}</source>
        <translation>tối đa {le}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="234"/>
        <source>quá dài (tối đa {max_length} ký tự)</source>
        <translation>quá dài (tối đa {max_length} ký tự)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="235"/>
        <source>quá ngắn (tối thiểu {min_length} ký tự)</source>
        <translation>quá ngắn (tối thiểu {min_length} ký tự)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="236"/>
        <source>giá trị không hợp lệ: {value} (chọn một trong: {expected})</source>
        <translation>giá trị không hợp lệ: {value} (chọn một trong: {expected})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="237"/>
        <source>chứa ký tự không hợp lệ</source>
        <translation>chứa ký tự không hợp lệ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="238"/>
        <source>trường không được hỗ trợ</source>
        <translation>trường không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="239"/>
        <source>không nhận ra trang tính này (không tìm thấy dòng tiêu đề cột của danh sách đối tượng, tin tố giác, buổi răn đe hay mô hình trong {rows} dòng đầu)</source>
        <translation>không nhận ra trang tính này (không tìm thấy dòng tiêu đề cột của danh sách đối tượng, tin tố giác, buổi răn đe hay mô hình trong {rows} dòng đầu)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="240"/>
        <source>không đọc được tệp: {reason}</source>
        <translation>không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="241"/>
        <source>chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx)</source>
        <translation>chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="242"/>
        <source>không nhận ra bảng mã của tệp CSV (hãy lưu lại dạng UTF-8)</source>
        <translation>không nhận ra bảng mã của tệp CSV (hãy lưu lại dạng UTF-8)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="243"/>
        <source>cần ghi đủ ngày, tháng, năm (dd/mm/yyyy): {value}</source>
        <translation>cần ghi đủ ngày, tháng, năm (dd/mm/yyyy): {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="244"/>
        <source>giới tính phải là Nam, Nữ hoặc Khác (đã ghi: {value})</source>
        <translation>giới tính phải là Nam, Nữ hoặc Khác (đã ghi: {value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="245"/>
        <source>chỉ ghi x, Có hoặc Không (đã ghi: {value})</source>
        <translation>chỉ ghi x, Có hoặc Không (đã ghi: {value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="246"/>
        <source>không nhận ra loại đối tượng “{value}” (ví dụ: Giáo dục tại xã, Án treo, Tái hòa nhập cộng đồng, Đối tượng lầm lỗi)</source>
        <translation>không nhận ra loại đối tượng “{value}” (ví dụ: Giáo dục tại xã, Án treo, Tái hòa nhập cộng đồng, Đối tượng lầm lỗi)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="247"/>
        <source>không nhận ra loại mô hình “{value}” (ví dụ: Nhà trọ tự quản, 4 an toàn - nhà trường, 5 tự quản)</source>
        <translation>không nhận ra loại mô hình “{value}” (ví dụ: Nhà trọ tự quản, 4 an toàn - nhà trường, 5 tự quản)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="248"/>
        <source>trạng thái phải là Đang hoạt động, Tạm dừng hoặc Giải thể (đã ghi: {value})</source>
        <translation>trạng thái phải là Đang hoạt động, Tạm dừng hoặc Giải thể (đã ghi: {value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="249"/>
        <source>không nhận ra hình thức tiếp nhận “{value}” (Trực tiếp, Điện thoại, Đơn thư, Đường dây nóng, Hòm thư tố giác, Mạng xã hội / trực tuyến, Khác)</source>
        <translation>không nhận ra hình thức tiếp nhận “{value}” (Trực tiếp, Điện thoại, Đơn thư, Đường dây nóng, Hòm thư tố giác, Mạng xã hội / trực tuyến, Khác)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="250"/>
        <source>thời hạn phải là số tháng nguyên (ví dụ 6, “1 năm”, “3 tháng 10 ngày”), không làm tròn: {value}</source>
        <translation>thời hạn phải là số tháng nguyên (ví dụ 6, “1 năm”, “3 tháng 10 ngày”), không làm tròn: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="251"/>
        <source>không nhận ra loại việc “{value}” (ví dụ: Vắng mặt, Vắng mặt không phép, Vi phạm, Đánh giá, Rút ngắn, Miễn chấp hành, Buộc chấp hành án phạt tù, Kết án mới, Chấp hành xong, Thăm gặp)</source>
        <translation>không nhận ra loại việc “{value}” (ví dụ: Vắng mặt, Vắng mặt không phép, Vi phạm, Đánh giá, Rút ngắn, Miễn chấp hành, Buộc chấp hành án phạt tù, Kết án mới, Chấp hành xong, Thăm gặp)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="252"/>
        <source>không tìm thấy “{value}” trong sổ (ghi số CCCD hoặc họ tên và ngày sinh)</source>
        <translation>không tìm thấy “{value}” trong sổ (ghi số CCCD hoặc họ tên và ngày sinh)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="253"/>
        <source>“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh hoặc số CCCD</source>
        <translation>“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh hoặc số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="254"/>
        <source>“{value}” không có hồ sơ quản lý khớp (ghi Loại đối tượng, Số quyết định)</source>
        <translation>“{value}” không có hồ sơ quản lý khớp (ghi Loại đối tượng, Số quyết định)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="255"/>
        <source>“{value}” có {count} hồ sơ khớp; ghi thêm Loại đối tượng hoặc Số quyết định</source>
        <translation>“{value}” có {count} hồ sơ khớp; ghi thêm Loại đối tượng hoặc Số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="256"/>
        <source>có thông tin quyết định nhưng thiếu Loại đối tượng</source>
        <translation>có thông tin quyết định nhưng thiếu Loại đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="257"/>
        <source>số CCCD này đã có ở dòng {other_row} với họ tên khác ({name})</source>
        <translation>số CCCD này đã có ở dòng {other_row} với họ tên khác ({name})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="258"/>
        <source>có thể trùng với {name} (sinh {birth_date}) đã có trong sổ, CCCD {cccd}; chưa ghi, cần người kiểm tra xác nhận</source>
        <translation>có thể trùng với {name} (sinh {birth_date}) đã có trong sổ, CCCD {cccd}; chưa ghi, cần người kiểm tra xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="259"/>
        <source>có thể trùng với {name} (sinh {birth_date}) đã có trong sổ, chưa có CCCD; chưa ghi, cần người kiểm tra xác nhận</source>
        <translation>có thể trùng với {name} (sinh {birth_date}) đã có trong sổ, chưa có CCCD; chưa ghi, cần người kiểm tra xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="260"/>
        <source>có thể trùng với người ở dòng {other_row} ({name}); chưa ghi, cần người kiểm tra xác nhận</source>
        <translation>có thể trùng với người ở dòng {other_row} ({name}); chưa ghi, cần người kiểm tra xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="261"/>
        <source>người ở dòng này đang chờ xác nhận trùng nên hồ sơ chưa được ghi</source>
        <translation>người ở dòng này đang chờ xác nhận trùng nên hồ sơ chưa được ghi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="262"/>
        <source>số ngày đã ghi trong cột thời hạn; không ghi lại ở cột số ngày</source>
        <translation>số ngày đã ghi trong cột thời hạn; không ghi lại ở cột số ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="263"/>
        <source>phải là số ngày nguyên (ví dụ 45): {value}</source>
        <translation>phải là số ngày nguyên (ví dụ 45): {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="264"/>
        <source>không nhận ra hình phạt chính “{value}” (ví dụ: Phạt tiền, Cải tạo không giam giữ, Tù 3 năm, Tù cho hưởng án treo, Chung thân)</source>
        <translation>không nhận ra hình phạt chính “{value}” (ví dụ: Phạt tiền, Cải tạo không giam giữ, Tù 3 năm, Tù cho hưởng án treo, Chung thân)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="265"/>
        <source>không tìm thấy “{value}” trong sổ (ghi họ tên kèm ngày sinh “Họ tên (dd/mm/yyyy)” hoặc số CCCD; người chưa có trong sổ cần được nhập ở trang Đối tượng trước)</source>
        <translation>không tìm thấy “{value}” trong sổ (ghi họ tên kèm ngày sinh “Họ tên (dd/mm/yyyy)” hoặc số CCCD; người chưa có trong sổ cần được nhập ở trang Đối tượng trước)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="266"/>
        <source>“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh “Họ tên (dd/mm/yyyy)” hoặc số CCCD</source>
        <translation>“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh “Họ tên (dd/mm/yyyy)” hoặc số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="267"/>
        <source>“{value}” được ghi hai lần</source>
        <translation>“{value}” được ghi hai lần</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="268"/>
        <source>phải là số: {value}</source>
        <translation>phải là số: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="269"/>
        <source>lỗi ghi dữ liệu: {reason}</source>
        <translation>lỗi ghi dữ liệu: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="270"/>
        <source>tài khoản không có quyền ghi vào đơn vị {unit}</source>
        <translation>tài khoản không có quyền ghi vào đơn vị {unit}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="271"/>
        <source>không tìm thấy {value}</source>
        <translation>không tìm thấy {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="272"/>
        <source>xung đột này không đổi lại được giá trị đã mất</source>
        <translation>xung đột này không đổi lại được giá trị đã mất</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="273"/>
        <source>người này đang ở chính đơn vị {value}; hãy chọn xã khác</source>
        <translation>người này đang ở chính đơn vị {value}; hãy chọn xã khác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="274"/>
        <source>không biết xã {value} trong tỉnh; hãy đồng bộ để nhận danh sách xã của tỉnh, hoặc nạp danh sách đơn vị</source>
        <translation>không biết xã {value} trong tỉnh; hãy đồng bộ để nhận danh sách xã của tỉnh, hoặc nạp danh sách đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="275"/>
        <source>hồ sơ có {count} bản ghi, quá {max} bản ghi chuyển được một lần</source>
        <translation>hồ sơ có {count} bản ghi, quá {max} bản ghi chuyển được một lần</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="276"/>
        <source>phải chuyển cả hồ sơ của người (người, các hồ sơ quản lý và lịch sử), không chuyển riêng một phần ({table})</source>
        <translation>phải chuyển cả hồ sơ của người (người, các hồ sơ quản lý và lịch sử), không chuyển riêng một phần ({table})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="277"/>
        <source>mẫu dùng {count} trường dữ liệu không có trong sổ: {names}</source>
        <translation>mẫu dùng {count} trường dữ liệu không có trong sổ: {names}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="278"/>
        <source>mẫu viết sai cú pháp trường dữ liệu (dòng {line}: {error})</source>
        <translation>mẫu viết sai cú pháp trường dữ liệu (dòng {line}: {error})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="279"/>
        <source>tệp không phải văn bản Word (.docx)</source>
        <translation>tệp không phải văn bản Word (.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="280"/>
        <source>nhóm văn bản không hợp lệ: {value}</source>
        <translation>nhóm văn bản không hợp lệ: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="281"/>
        <source>ngày hiệu lực của mẫu không hợp lệ (ngày hết hiệu lực phải sau ngày có hiệu lực)</source>
        <translation>ngày hiệu lực của mẫu không hợp lệ (ngày hết hiệu lực phải sau ngày có hiệu lực)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="282"/>
        <source>yêu cầu của mẫu không hợp lệ: {value} (chỉ được: case, session, tip)</source>
        <translation>yêu cầu của mẫu không hợp lệ: {value} (chỉ được: case, session, tip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="283"/>
        <source>mẫu {id} đã có phiên bản {version} trong sổ</source>
        <translation>mẫu {id} đã có phiên bản {version} trong sổ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="284"/>
        <source>chỉ máy của Công an tỉnh (quản trị tỉnh) mới ban hành văn bản mẫu cho toàn tỉnh</source>
        <translation>chỉ máy của Công an tỉnh (quản trị tỉnh) mới ban hành văn bản mẫu cho toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="285"/>
        <source>tệp mẫu quá lớn ({size} byte, tối đa {max} byte)</source>
        <translation>tệp mẫu quá lớn ({size} byte, tối đa {max} byte)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="286"/>
        <source>không điền được mẫu: {error}</source>
        <translation>không điền được mẫu: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="287"/>
        <source>chưa xác nhận xuất dữ liệu</source>
        <translation>chưa xác nhận xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="288"/>
        <source>giá trị không hợp lệ</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="289"/>
        <source>Tiếp xúc</source>
        <translation>Tiếp xúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="290"/>
        <source>Đánh giá</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="291"/>
        <source>Vắng mặt</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="292"/>
        <source>Vi phạm</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="293"/>
        <source>Biến động</source>
        <translation>Biến động</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="41"/>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="41"/>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="42"/>
        <source>6 tháng đầu năm</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="43"/>
        <source>6 tháng cuối năm</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="43"/>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="44"/>
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="44"/>
        <source>Xuất Word</source>
        <translation>Xuất Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="45"/>
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="45"/>
        <source>Xuất JSON</source>
        <translation>Xuất JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="125"/>
        <source>tháng {m} năm {year}</source>
        <comment>{month}: the month&apos;s name</comment>
        <translation>tháng {m} năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="128"/>
        <source>quý {roman} năm {year}</source>
        <comment>{q}: the quarter as a digit</comment>
        <translation>quý {roman} năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="131"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="132"/>
        <source>6 tháng cuối năm {year}</source>
        <translation>6 tháng cuối năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="133"/>
        <source>năm {year}</source>
        <translation>năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="157"/>
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="177"/>
        <source>Mọi xã trong phạm vi</source>
        <translation>Mọi xã trong phạm vi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="179"/>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="180"/>
        <source>Xem trước</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="185"/>
        <source>Loại kỳ:</source>
        <translation>Loại kỳ:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="187"/>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="190"/>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="192"/>
        <source>Đến ngày:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="200"/>
        <source>Theo kỳ báo cáo của Chính phủ ({cut})</source>
        <translation>Theo kỳ báo cáo của Chính phủ ({cut})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="202"/>
        <source>Theo lịch (từ ngày 1 đến cuối tháng)</source>
        <translation>Theo lịch (từ ngày 1 đến cuối tháng)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="203"/>
        <source>Kỳ báo cáo của Chính phủ (Nghị định 09/2019/NĐ-CP): số liệu tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ; mốc này sửa được trong Quản trị → Quy tắc.</source>
        <translation>Kỳ báo cáo của Chính phủ (Nghị định 09/2019/NĐ-CP): số liệu tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ; mốc này sửa được trong Quản trị → Quy tắc.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="209"/>
        <source>Cách tính ngày:</source>
        <translation>Cách tính ngày:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="226"/>
        <source>Văn bản và xuất tệp</source>
        <translation>Văn bản và xuất tệp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="228"/>
        <source>Số:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="231"/>
        <source>để trống nếu chưa có số</source>
        <translation>để trống nếu chưa có số</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="232"/>
        <source>Số văn bản, ví dụ 15 hoặc 15/BC-CAX; để trống thì văn bản có chỗ trống để điền tay khi vào sổ văn bản đi.</source>
        <translation>Số văn bản, ví dụ 15 hoặc 15/BC-CAX; để trống thì văn bản có chỗ trống để điền tay khi vào sổ văn bản đi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="237"/>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="240"/>
        <source>họ tên người ký</source>
        <translation>họ tên người ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="244"/>
        <source>Cơ quan cấp trên:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="248"/>
        <source>Dòng trên tên đơn vị ở góc trái văn bản; để trống thì dùng cơ quan cấp trên theo danh mục đơn vị (ví dụ Công an tỉnh Phú Thọ).</source>
        <translation>Dòng trên tên đơn vị ở góc trái văn bản; để trống thì dùng cơ quan cấp trên theo danh mục đơn vị (ví dụ Công an tỉnh Phú Thọ).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="276"/>
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="281"/>
        <source>Chọn kỳ báo cáo rồi bấm “Xem trước”.</source>
        <translation>Chọn kỳ báo cáo rồi bấm “Xem trước”.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="289"/>
        <source>Bản xem trước của văn bản báo cáo, bằng tiếng Việt như khi xuất tệp</source>
        <translation>Bản xem trước của văn bản báo cáo, bằng tiếng Việt như khi xuất tệp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="326"/>
        <source>Tháng {m}</source>
        <translation>Tháng {m}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="330"/>
        <source>Quý {q}</source>
        <translation>Quý {q}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="376"/>
        <source>“Đến ngày” đang trước “Từ ngày”.</source>
        <translation>“Đến ngày” đang trước “Từ ngày”.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="379"/>
        <source>từ {start} đến {end}</source>
        <translation>từ {start} đến {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="381"/>
        <source>theo kỳ báo cáo của Chính phủ</source>
        <translation>theo kỳ báo cáo của Chính phủ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="383"/>
        <source>theo lịch</source>
        <translation>theo lịch</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/reports.py" line="384"/>
        <source>Báo cáo {label}: {dates} ({how}), %Ln ngày</source>
        <translation>
            <numerusform>Báo cáo {label}: {dates} ({how}), %Ln ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/reports.py" line="386"/>
        <source>Kỳ tự chọn: {dates}, %Ln ngày</source>
        <translation>
            <numerusform>Kỳ tự chọn: {dates}, %Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="395"/>
        <source>Đã đổi kỳ hoặc đơn vị: bấm “Xem trước” để tính lại số liệu.</source>
        <translation>Đã đổi kỳ hoặc đơn vị: bấm “Xem trước” để tính lại số liệu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="418"/>
        <source>ví dụ: Công an tỉnh Phú Thọ</source>
        <translation>ví dụ: Công an tỉnh Phú Thọ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="460"/>
        <source>Không thực hiện được: {msg}</source>
        <translation>Không thực hiện được: {msg}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="479"/>
        <source>Đang tính số liệu…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="492"/>
        <source>từ ngày {start} đến ngày {end}</source>
        <translation>từ ngày {start} đến ngày {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="494"/>
        <source>{label} ({dates})</source>
        <translation>{label} ({dates})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="496"/>
        <source>Số liệu {period}.</source>
        <translation>Số liệu {period}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="506"/>
        <source>Lưu báo cáo</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="530"/>
        <source>Đang xuất báo cáo {fmt}…</source>
        <translation>Đang xuất báo cáo {fmt}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="542"/>
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="545"/>
        <source>Đã dừng: chưa ghi tệp nào.</source>
        <translation>Đã dừng: chưa ghi tệp nào.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="552"/>
        <source>Đã ghi {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="32"/>
        <source>Tổ chức buổi gọi hỏi, răn đe, giáo dục</source>
        <translation>Tổ chức buổi gọi hỏi, răn đe, giáo dục</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="34"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="68"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="35"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="69"/>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="36"/>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="37"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="71"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="52"/>
        <source>Thêm nhanh người tham dự</source>
        <translation>Thêm nhanh người tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="54"/>
        <source>Họ và tên *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="55"/>
        <location filename="../desktop_app/ui/pages/session_print.py" line="40"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="80"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="56"/>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="57"/>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="84"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="73"/>
        <source>Đã ký cam kết</source>
        <translation>Đã ký cam kết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="82"/>
        <source>Sửa lượt tham dự: {name}</source>
        <translation>Sửa lượt tham dự: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="85"/>
        <location filename="../desktop_app/ui/pages/session_print.py" line="41"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="57"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="83"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="177"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="263"/>
        <source>Cha mẹ cùng ký</source>
        <translation>Cha mẹ cùng ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="86"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="106"/>
        <source>Chỉ người chưa thành niên (dưới 18 tuổi vào ngày tổ chức buổi) mới cần cha mẹ hoặc người giám hộ cùng ký cam kết.</source>
        <translation>Chỉ người chưa thành niên (dưới 18 tuổi vào ngày tổ chức buổi) mới cần cha mẹ hoặc người giám hộ cùng ký cam kết.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="122"/>
        <source>Thêm người tham dự</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="127"/>
        <source>&amp;Tìm theo tên hoặc số CCCD (gõ không dấu được), Enter để chọn:</source>
        <translation>&amp;Tìm theo tên hoặc số CCCD (gõ không dấu được), Enter để chọn:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="130"/>
        <source>Gõ tên hoặc số CCCD…</source>
        <translation>Gõ tên hoặc số CCCD…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="137"/>
        <source>Dấu cách hoặc Enter: chọn / bỏ chọn người đang đánh dấu</source>
        <translation>Dấu cách hoặc Enter: chọn / bỏ chọn người đang đánh dấu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="141"/>
        <source>Hoặc &amp;dán số CCCD, mỗi dòng một số:</source>
        <translation>Hoặc &amp;dán số CCCD, mỗi dòng một số:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="148"/>
        <source>Chọn theo các số đã dán</source>
        <translation>Chọn theo các số đã dán</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="170"/>
        <source>Thêm (Ctrl+S)</source>
        <translation>Thêm (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="172"/>
        <source>Đóng (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="216"/>
        <source>{person} — đã có trong danh sách</source>
        <translation>{person} — đã có trong danh sách</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="272"/>
        <source>Không tìm thấy %n số:</source>
        <translation>
            <numerusform>Không tìm thấy %n số:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="275"/>
        <source>Đã có trong danh sách: {names}</source>
        <translation>Đã có trong danh sách: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="283"/>
        <source>Đã chọn %n người</source>
        <translation>
            <numerusform>Đã chọn %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="284"/>
        <source>Thêm %n người (Ctrl+S)</source>
        <translation>
            <numerusform>Thêm %n người (Ctrl+S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="292"/>
        <source>Chưa chọn người nào. Gõ tên rồi Enter để đánh dấu, hoặc dán các số CCCD.</source>
        <translation>Chưa chọn người nào. Gõ tên rồi Enter để đánh dấu, hoặc dán các số CCCD.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="314"/>
        <source>Chưa thêm</source>
        <translation>Chưa thêm</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="315"/>
        <source>Đã chọn %n người nhưng chưa thêm vào danh sách. Bỏ các lựa chọn này?</source>
        <translation>
            <numerusform>Đã chọn %n người nhưng chưa thêm vào danh sách. Bỏ các lựa chọn này?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="37"/>
        <source>DANH SÁCH NGƯỜI THAM DỰ BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC</source>
        <translation>DANH SÁCH NGƯỜI THAM DỰ BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="38"/>
        <source>Ngày {date} — Địa điểm: {place} — Chủ trì: {chair}</source>
        <translation>Ngày {date} — Địa điểm: {place} — Chủ trì: {chair}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="40"/>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="40"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="79"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="41"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="56"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="82"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="172"/>
        <source>Ký cam kết</source>
        <translation>Ký cam kết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="41"/>
        <source>Ký tên</source>
        <translation>Ký tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="42"/>
        <source>In bởi {user} lúc {at}</source>
        <translation>In bởi {user} lúc {at}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="50"/>
        <source>Buổi mới</source>
        <translation>Buổi mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="51"/>
        <source>Tạo văn bản (Ctrl+D)</source>
        <translation>Tạo văn bản (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="52"/>
        <source>In danh sách</source>
        <translation>In danh sách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="53"/>
        <source>Thêm người…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="54"/>
        <source>Thêm nhanh</source>
        <translation>Thêm nhanh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="55"/>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="58"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="241"/>
        <source>Xóa khỏi buổi</source>
        <translation>Xóa khỏi buổi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="70"/>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="72"/>
        <source>Lượt tham dự</source>
        <translation>Lượt tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="81"/>
        <source>Chưa thành niên</source>
        <translation>Chưa thành niên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="91"/>
        <source>Thêm nhiều người một lần: tìm và đánh dấu, hoặc dán các số CCCD</source>
        <translation>Thêm nhiều người một lần: tìm và đánh dấu, hoặc dán các số CCCD</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="92"/>
        <source>Sửa lượt tham dự đang chọn (Enter)</source>
        <translation>Sửa lượt tham dự đang chọn (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="93"/>
        <source>Xóa người đang chọn khỏi danh sách buổi này (phím Delete)</source>
        <translation>Xóa người đang chọn khỏi danh sách buổi này (phím Delete)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="101"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="140"/>
        <source>Chọn một buổi ở bảng trên để xem và thêm người tham dự</source>
        <translation>Chọn một buổi ở bảng trên để xem và thêm người tham dự</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sessions.py" line="126"/>
        <source>{sessions}, %Ln lượt tham dự</source>
        <translation>
            <numerusform>{sessions}, %Ln lượt tham dự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sessions.py" line="127"/>
        <source>%Ln buổi</source>
        <translation>
            <numerusform>%Ln buổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sessions.py" line="162"/>
        <source>Người tham dự buổi {date} tại {place}: %n người</source>
        <translation>
            <numerusform>Người tham dự buổi {date} tại {place}: %n người</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="171"/>
        <source>Bỏ ký cam kết</source>
        <translation>Bỏ ký cam kết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="176"/>
        <source>Bỏ cha mẹ cùng ký</source>
        <translation>Bỏ cha mẹ cùng ký</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="179"/>
        <source>Chọn một người chưa thành niên trong danh sách tham dự</source>
        <translation>Chọn một người chưa thành niên trong danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="181"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="262"/>
        <source>{name} không phải người chưa thành niên.</source>
        <translation>{name} không phải người chưa thành niên.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="184"/>
        <source>Ghi nhận cha mẹ hoặc người giám hộ cùng ký cam kết (đồng thời ghi đã ký cam kết)</source>
        <translation>Ghi nhận cha mẹ hoặc người giám hộ cùng ký cam kết (đồng thời ghi đã ký cam kết)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="189"/>
        <source>Chỉ trưởng Công an xã được xóa người khỏi danh sách đã lập; cán bộ có thể sửa lượt tham dự</source>
        <translation>Chỉ trưởng Công an xã được xóa người khỏi danh sách đã lập; cán bộ có thể sửa lượt tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="238"/>
        <source>Xóa {name} khỏi danh sách tham dự buổi {date} tại {place}? Lượt tham dự này bị xóa (có ghi nhật ký) và không thêm lại được vào buổi này.</source>
        <translation>Xóa {name} khỏi danh sách tham dự buổi {date} tại {place}? Lượt tham dự này bị xóa (có ghi nhật ký) và không thêm lại được vào buổi này.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="241"/>
        <source>Xóa người tham dự</source>
        <translation>Xóa người tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="242"/>
        <source>Không xóa</source>
        <translation>Không xóa</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../desktop_app/ui/login.py" line="86"/>
        <source>WardBook — Bắt đầu</source>
        <translation>WardBook — Bắt đầu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="89"/>
        <source>Chưa có sổ đăng ký trên máy này.
Thư mục dữ liệu: {dir}</source>
        <translation>Chưa có sổ đăng ký trên máy này.
Thư mục dữ liệu: {dir}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="96"/>
        <source>Xã Tích Sơn</source>
        <translation>Xã Tích Sơn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="99"/>
        <source>— chọn tỉnh, thành phố —</source>
        <translation>— chọn tỉnh, thành phố —</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="108"/>
        <source>Mã đơn vị (xã 5 số, tỉnh 2 số)</source>
        <translation>Mã đơn vị (xã 5 số, tỉnh 2 số)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="109"/>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="110"/>
        <source>Thuộc tỉnh, thành phố</source>
        <translation>Thuộc tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="111"/>
        <source>Tên đăng nhập của trưởng Công an xã</source>
        <translation>Tên đăng nhập của trưởng Công an xã</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="112"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="113"/>
        <source>Mật khẩu (≥ 10 ký tự, có chữ và số)</source>
        <translation>Mật khẩu (≥ 10 ký tự, có chữ và số)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="114"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="122"/>
        <source>Tạo sổ đăng ký mới</source>
        <translation>Tạo sổ đăng ký mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="123"/>
        <source>Mở sổ mẫu (dữ liệu giả lập)</source>
        <translation>Mở sổ mẫu (dữ liệu giả lập)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="124"/>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="133"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>Hai lần nhập mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="137"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="63"/>
        <source>Tình trạng đồng bộ</source>
        <translation>Tình trạng đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="74"/>
        <source>Thay đổi chờ gửi:</source>
        <translation>Thay đổi chờ gửi:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="75"/>
        <source>Đồng bộ thành công lần cuối:</source>
        <translation>Đồng bộ thành công lần cuối:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="76"/>
        <source>Lỗi lần đồng bộ trước:</source>
        <translation>Lỗi lần đồng bộ trước:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="79"/>
        <source>Đồng bộ ngay (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="83"/>
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="154"/>
        <source>Đã đăng ký với máy chủ {url}
Đơn vị {unit}, quyền của thiết bị: {role}.</source>
        <translation>Đã đăng ký với máy chủ {url}
Đơn vị {unit}, quyền của thiết bị: {role}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="159"/>
        <source>Thiết bị chưa đăng ký với máy chủ đồng bộ. Nhập địa chỉ máy chủ và mã đăng ký dùng một lần do quản trị Công an tỉnh cấp.</source>
        <translation>Thiết bị chưa đăng ký với máy chủ đồng bộ. Nhập địa chỉ máy chủ và mã đăng ký dùng một lần do quản trị Công an tỉnh cấp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="170"/>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="175"/>
        <source>có, lúc {when}</source>
        <translation>có, lúc {when}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="176"/>
        <location filename="../desktop_app/ui/pages/sync_common.py" line="70"/>
        <source>có</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="180"/>
        <source>Lần đồng bộ trước không thành công: {error}</source>
        <translation>Lần đồng bộ trước không thành công: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="183"/>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="208"/>
        <source>Tự động đồng bộ khi mở sổ và mỗi {n} phút (khi đã đăng ký).</source>
        <translation>Tự động đồng bộ khi mở sổ và mỗi {n} phút (khi đã đăng ký).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="211"/>
        <source>Tự động đồng bộ: tắt.</source>
        <translation>Tự động đồng bộ: tắt.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="241"/>
        <source>Đang đồng bộ…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="248"/>
        <source>Đang dừng đồng bộ…</source>
        <translation>Đang dừng đồng bộ…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="255"/>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="259"/>
        <source>{stage}: {done}/{total}</source>
        <translation>{stage}: {done}/{total}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="262"/>
        <source>{stage}: đến phiên bản {n}</source>
        <translation>{stage}: đến phiên bản {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="274"/>
        <source>gửi %Ln thay đổi</source>
        <translation>
            <numerusform>gửi %Ln thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="275"/>
        <source>nhận %Ln bản ghi</source>
        <translation>
            <numerusform>nhận %Ln bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="277"/>
        <source>%Ln thay đổi bị từ chối</source>
        <translation>
            <numerusform>%Ln thay đổi bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="279"/>
        <source>%Ln xung đột mới</source>
        <translation>
            <numerusform>%Ln xung đột mới</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="280"/>
        <source>Đồng bộ xong: {parts}.</source>
        <translation>Đồng bộ xong: {parts}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="288"/>
        <source>Đồng bộ không thành công: {error}</source>
        <translation>Đồng bộ không thành công: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="24"/>
        <source>Đồng bộ bằng tệp (USB)</source>
        <translation>Đồng bộ bằng tệp (USB)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="26"/>
        <source>Khi không có mạng: xuất gói thay đổi (đã mã hóa, ký số) mang lên Công an tỉnh, rồi nhập gói trả lời mang về.</source>
        <translation>Khi không có mạng: xuất gói thay đổi (đã mã hóa, ký số) mang lên Công an tỉnh, rồi nhập gói trả lời mang về.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="31"/>
        <source>Xuất gói gửi tỉnh…</source>
        <translation>Xuất gói gửi tỉnh…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="33"/>
        <source>Nhập gói trả lời…</source>
        <translation>Nhập gói trả lời…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="42"/>
        <source>Xuất gói gửi tỉnh</source>
        <translation>Xuất gói gửi tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="43"/>
        <source>Gói dữ liệu WardBook (*.wbb)</source>
        <translation>Gói dữ liệu WardBook (*.wbb)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="52"/>
        <source>Đã xuất gói %Ln thay đổi ra {path}. Mang tệp lên Công an tỉnh để nhập, rồi nhập gói trả lời tại đây.</source>
        <translation>
            <numerusform>Đã xuất gói %Ln thay đổi ra {path}. Mang tệp lên Công an tỉnh để nhập, rồi nhập gói trả lời tại đây.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="60"/>
        <source>Đang xuất gói ra {path}…</source>
        <translation>Đang xuất gói ra {path}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="65"/>
        <source>Nhập gói trả lời</source>
        <translation>Nhập gói trả lời</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="66"/>
        <source>Gói dữ liệu WardBook (*.wbb);;Mọi tệp (*)</source>
        <translation>Gói dữ liệu WardBook (*.wbb);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="78"/>
        <source>Đã nhập gói trả lời, nhưng máy chủ không nhận các thay đổi: {error}</source>
        <translation>Đã nhập gói trả lời, nhưng máy chủ không nhận các thay đổi: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="81"/>
        <source>Đã nhập gói trả lời: máy chủ xác nhận {pushed} thay đổi, nhận {pulled} bản ghi.</source>
        <translation>Đã nhập gói trả lời: máy chủ xác nhận {pushed} thay đổi, nhận {pulled} bản ghi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="86"/>
        <source>Đang nhập gói trả lời {path}…</source>
        <translation>Đang nhập gói trả lời {path}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="104"/>
        <source>Không đọc/ghi được tệp: {error}</source>
        <translation>Không đọc/ghi được tệp: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="107"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="219"/>
        <source>Không thực hiện được: {error}</source>
        <translation>Không thực hiện được: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_common.py" line="68"/>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_common.py" line="72"/>
        <source>không</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="30"/>
        <source>Xung đột cần xử lý</source>
        <translation>Xung đột cần xử lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="32"/>
        <source>Hai máy cùng sửa một thông tin trước khi kịp đồng bộ: máy chủ đã giữ giá trị sửa sau cùng. Hãy giữ nguyên giá trị đó, hoặc dùng giá trị bị thay (được gửi đi như một lần sửa mới).</source>
        <translation>Hai máy cùng sửa một thông tin trước khi kịp đồng bộ: máy chủ đã giữ giá trị sửa sau cùng. Hãy giữ nguyên giá trị đó, hoặc dùng giá trị bị thay (được gửi đi như một lần sửa mới).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="39"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="66"/>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="39"/>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="39"/>
        <source>Giá trị đang dùng</source>
        <translation>Giá trị đang dùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="40"/>
        <source>Giá trị bị thay</source>
        <translation>Giá trị bị thay</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="40"/>
        <source>Người sửa bị thay</source>
        <translation>Người sửa bị thay</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="40"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="67"/>
        <source>Lúc</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="49"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="161"/>
        <source>Giữ giá trị đang dùng</source>
        <translation>Giữ giá trị đang dùng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="51"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="162"/>
        <source>Dùng giá trị bị thay</source>
        <translation>Dùng giá trị bị thay</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="57"/>
        <source>Trưởng Công an xã xử lý các xung đột.</source>
        <translation>Trưởng Công an xã xử lý các xung đột.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="63"/>
        <source>Thay đổi bị máy chủ từ chối</source>
        <translation>Thay đổi bị máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="66"/>
        <source>Lý do máy chủ từ chối</source>
        <translation>Lý do máy chủ từ chối</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="67"/>
        <source>Thay đổi bị từ chối</source>
        <translation>Thay đổi bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="72"/>
        <source>Đã xem, bỏ khỏi danh sách</source>
        <translation>Đã xem, bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="74"/>
        <source>Thay đổi bị từ chối không được lưu trên máy chủ; nếu vẫn cần, hãy nhập lại đúng quy định.</source>
        <translation>Thay đổi bị từ chối không được lưu trên máy chủ; nếu vẫn cần, hãy nhập lại đúng quy định.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="86"/>
        <source>{table}: {who}</source>
        <translation>{table}: {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="92"/>
        <source>Xung đột cần xử lý (%Ln)</source>
        <translation>
            <numerusform>Xung đột cần xử lý (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="96"/>
        <source>Xóa bản ghi</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="97"/>
        <source>Đã xóa</source>
        <translation>Đã xóa</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="119"/>
        <source>Thay đổi bị máy chủ từ chối (%Ln)</source>
        <translation>
            <numerusform>Thay đổi bị máy chủ từ chối (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="171"/>
        <source>Xác nhận đã xóa</source>
        <translation>Xác nhận đã xóa</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="172"/>
        <source>Không khôi phục được (đã xóa)</source>
        <translation>Không khôi phục được (đã xóa)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="173"/>
        <source>{row} đã bị xóa trong khi {who} sửa: {edit}. Việc xóa được giữ; phần sửa được lưu ở đây để đối chiếu.</source>
        <translation>{row} đã bị xóa trong khi {who} sửa: {edit}. Việc xóa được giữ; phần sửa được lưu ở đây để đối chiếu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="176"/>
        <source>máy này</source>
        <translation>máy này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="176"/>
        <source>máy khác</source>
        <translation>máy khác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="180"/>
        <source>Nhận giá trị máy chủ: “{v}”</source>
        <translation>Nhận giá trị máy chủ: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="181"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="183"/>
        <source>Giữ giá trị của tôi: “{v}”</source>
        <translation>Giữ giá trị của tôi: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="184"/>
        <source>Nhận giá trị máy khác: “{v}”</source>
        <translation>Nhận giá trị máy khác: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="186"/>
        <source>Giữ giá trị đang dùng: “{v}”</source>
        <translation>Giữ giá trị đang dùng: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="187"/>
        <source>Dùng giá trị bị thay: “{v}”</source>
        <translation>Dùng giá trị bị thay: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="188"/>
        <source>{row}, {field}: đang dùng “{kept}”{kept_whose}; bị thay “{lost}”{lost_whose}.</source>
        <translation>{row}, {field}: đang dùng “{kept}”{kept_whose}; bị thay “{lost}”{lost_whose}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="191"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="192"/>
        <source> (sửa trên máy này)</source>
        <translation> (sửa trên máy này)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="193"/>
        <source> (do {who} sửa)</source>
        <translation> (do {who} sửa)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="203"/>
        <source>Đã xử lý xung đột; giá trị mới được gửi ở lần đồng bộ tới.</source>
        <translation>Đã xử lý xung đột; giá trị mới được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="204"/>
        <source>Đã xác nhận giá trị đang dùng.</source>
        <translation>Đã xác nhận giá trị đang dùng.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="20"/>
        <source>Máy chủ đồng bộ cấp tỉnh</source>
        <translation>Máy chủ đồng bộ cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="22"/>
        <source>Đang đọc tình trạng…</source>
        <translation>Đang đọc tình trạng…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="38"/>
        <source>nếu quản trị tỉnh cung cấp</source>
        <translation>nếu quản trị tỉnh cung cấp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="39"/>
        <source>Địa chỉ máy chủ:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="40"/>
        <source>Mã đăng ký:</source>
        <translation>Mã đăng ký:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="41"/>
        <source>Vân tay chứng chỉ:</source>
        <translation>Vân tay chứng chỉ:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="42"/>
        <source>Đăng ký thiết bị</source>
        <translation>Đăng ký thiết bị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="56"/>
        <source>Chỉ trưởng Công an xã hoặc quản trị tỉnh đăng ký được thiết bị.</source>
        <translation>Chỉ trưởng Công an xã hoặc quản trị tỉnh đăng ký được thiết bị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="68"/>
        <source>Hãy nhập địa chỉ máy chủ và mã đăng ký.</source>
        <translation>Hãy nhập địa chỉ máy chủ và mã đăng ký.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="75"/>
        <source>Đang đăng ký với máy chủ…</source>
        <translation>Đang đăng ký với máy chủ…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="88"/>
        <source>Đã đăng ký thiết bị: đơn vị {name} ({unit}). Đang đồng bộ lần đầu…</source>
        <translation>Đã đăng ký thiết bị: đơn vị {name} ({unit}). Đang đồng bộ lần đầu…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="100"/>
        <source>Đăng ký không thành công: {error}</source>
        <translation>Đăng ký không thành công: {error}</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="294"/>
        <source>Máy chủ tỉnh đã được khôi phục từ bản sao lưu; hãy xuất gói gửi tỉnh một lần nữa để gửi lại dữ liệu trên máy này.</source>
        <translation>Máy chủ tỉnh đã được khôi phục từ bản sao lưu; hãy xuất gói gửi tỉnh một lần nữa để gửi lại dữ liệu trên máy này.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="295"/>
        <source>Sổ đăng ký này chưa đăng ký với máy chủ đồng bộ. Hãy đăng ký thiết bị bằng mã do quản trị tỉnh cấp.</source>
        <translation>Sổ đăng ký này chưa đăng ký với máy chủ đồng bộ. Hãy đăng ký thiết bị bằng mã do quản trị tỉnh cấp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="296"/>
        <source>Địa chỉ máy chủ không hợp lệ; hãy nhập dạng https://tên-máy-chủ.</source>
        <translation>Địa chỉ máy chủ không hợp lệ; hãy nhập dạng https://tên-máy-chủ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="297"/>
        <source>Địa chỉ máy chủ phải bắt đầu bằng https:// (http:// chỉ dùng cho máy chủ chạy trên chính máy này).</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// (http:// chỉ dùng cho máy chủ chạy trên chính máy này).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="298"/>
        <source>Không kết nối được máy chủ đồng bộ (mất mạng, máy chủ tắt hoặc sai địa chỉ). Dữ liệu vẫn được lưu trên máy; hãy thử lại sau.</source>
        <translation>Không kết nối được máy chủ đồng bộ (mất mạng, máy chủ tắt hoặc sai địa chỉ). Dữ liệu vẫn được lưu trên máy; hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="299"/>
        <source>Máy chủ đồng bộ đang gặp lỗi; hãy thử lại sau. Dữ liệu trên máy không bị ảnh hưởng.</source>
        <translation>Máy chủ đồng bộ đang gặp lỗi; hãy thử lại sau. Dữ liệu trên máy không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="300"/>
        <source>Máy chủ trả về dữ liệu không đọc được; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.</source>
        <translation>Máy chủ trả về dữ liệu không đọc được; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="301"/>
        <source>Máy chủ từ chối yêu cầu; kiểm tra lại địa chỉ có đúng là máy chủ WardBook không.</source>
        <translation>Máy chủ từ chối yêu cầu; kiểm tra lại địa chỉ có đúng là máy chủ WardBook không.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="302"/>
        <source>Chứng chỉ bảo mật của máy chủ không khớp với chứng chỉ đã ghi nhận; đã ngừng kết nối để an toàn. Hãy liên hệ quản trị tỉnh.</source>
        <translation>Chứng chỉ bảo mật của máy chủ không khớp với chứng chỉ đã ghi nhận; đã ngừng kết nối để an toàn. Hãy liên hệ quản trị tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="303"/>
        <source>Phiên bản phần mềm không tương thích với máy chủ; hãy cập nhật WardBook.</source>
        <translation>Phiên bản phần mềm không tương thích với máy chủ; hãy cập nhật WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="304"/>
        <source>Máy chủ không xác nhận các thay đổi đã gửi; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.</source>
        <translation>Máy chủ không xác nhận các thay đổi đã gửi; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="305"/>
        <source>Máy chủ vừa được khôi phục hoặc thay đổi trong lúc đồng bộ; hãy đồng bộ lại.</source>
        <translation>Máy chủ vừa được khôi phục hoặc thay đổi trong lúc đồng bộ; hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="306"/>
        <source>Sổ này chưa có khóa dữ liệu nhạy cảm: trưởng Công an xã cần đăng nhập một lần trên máy này trước khi đồng bộ (để mã hóa thông tin người báo tin và dữ liệu nhạy cảm).</source>
        <translation>Sổ này chưa có khóa dữ liệu nhạy cảm: trưởng Công an xã cần đăng nhập một lần trên máy này trước khi đồng bộ (để mã hóa thông tin người báo tin và dữ liệu nhạy cảm).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="307"/>
        <source>Đang có một lần đồng bộ khác chạy; hãy chờ lần đó xong.</source>
        <translation>Đang có một lần đồng bộ khác chạy; hãy chờ lần đó xong.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="308"/>
        <source>Lần đồng bộ bị dừng giữa chừng; phần đã làm được giữ lại, hãy đồng bộ lại.</source>
        <translation>Lần đồng bộ bị dừng giữa chừng; phần đã làm được giữ lại, hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="309"/>
        <source>Lỗi không mong đợi khi đồng bộ; phần đã làm được giữ lại. Hãy thử lại, nếu lỗi lặp lại hãy báo quản trị.</source>
        <translation>Lỗi không mong đợi khi đồng bộ; phần đã làm được giữ lại. Hãy thử lại, nếu lỗi lặp lại hãy báo quản trị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="310"/>
        <source>Mã đăng ký không đúng; hãy kiểm tra lại mã do quản trị tỉnh cấp.</source>
        <translation>Mã đăng ký không đúng; hãy kiểm tra lại mã do quản trị tỉnh cấp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="311"/>
        <source>Mã đăng ký này đã được dùng; hãy xin quản trị tỉnh cấp mã mới.</source>
        <translation>Mã đăng ký này đã được dùng; hãy xin quản trị tỉnh cấp mã mới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="312"/>
        <source>Mã đăng ký đã hết hạn; hãy xin quản trị tỉnh cấp mã mới.</source>
        <translation>Mã đăng ký đã hết hạn; hãy xin quản trị tỉnh cấp mã mới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="313"/>
        <source>Mã đăng ký được cấp cho đơn vị khác, không phải đơn vị của sổ này.</source>
        <translation>Mã đăng ký được cấp cho đơn vị khác, không phải đơn vị của sổ này.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="314"/>
        <source>Máy chủ đã ghim một khóa gốc tài khoản khác cho sổ này: các tài khoản của sổ đã bị ký lại. Hãy báo quản trị tỉnh kiểm tra trước khi đăng ký lại.</source>
        <translation>Máy chủ đã ghim một khóa gốc tài khoản khác cho sổ này: các tài khoản của sổ đã bị ký lại. Hãy báo quản trị tỉnh kiểm tra trước khi đăng ký lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="315"/>
        <source>Máy chủ không nhận ra thiết bị này; hãy đăng ký lại thiết bị.</source>
        <translation>Máy chủ không nhận ra thiết bị này; hãy đăng ký lại thiết bị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="316"/>
        <source>Thiết bị này đã bị thu hồi quyền đồng bộ; hãy liên hệ quản trị tỉnh để đăng ký lại.</source>
        <translation>Thiết bị này đã bị thu hồi quyền đồng bộ; hãy liên hệ quản trị tỉnh để đăng ký lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="317"/>
        <source>Máy chủ phát hiện sổ này là bản sao của một sổ khác đang đồng bộ; hãy đăng ký lại thiết bị bằng mã mới.</source>
        <translation>Máy chủ phát hiện sổ này là bản sao của một sổ khác đang đồng bộ; hãy đăng ký lại thiết bị bằng mã mới.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="318"/>
        <source>Thiếu thông tin xác thực của thiết bị; hãy đăng ký lại thiết bị.</source>
        <translation>Thiếu thông tin xác thực của thiết bị; hãy đăng ký lại thiết bị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="319"/>
        <source>Thiết bị không có quyền với đơn vị được yêu cầu.</source>
        <translation>Thiết bị không có quyền với đơn vị được yêu cầu.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="320"/>
        <source>Thứ tự các thay đổi gửi lên bị gián đoạn; hãy đồng bộ lại.</source>
        <translation>Thứ tự các thay đổi gửi lên bị gián đoạn; hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="321"/>
        <source>Máy chủ không chấp nhận dữ liệu gửi lên (không hợp lệ); hãy cập nhật WardBook.</source>
        <translation>Máy chủ không chấp nhận dữ liệu gửi lên (không hợp lệ); hãy cập nhật WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="322"/>
        <source>Máy chủ không đọc được dữ liệu nén gửi lên; hãy thử lại.</source>
        <translation>Máy chủ không đọc được dữ liệu nén gửi lên; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="323"/>
        <source>Máy chủ đang nhận quá nhiều yêu cầu từ máy này; hãy thử lại sau ít phút.</source>
        <translation>Máy chủ đang nhận quá nhiều yêu cầu từ máy này; hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="324"/>
        <source>Dữ liệu gửi lên vượt giới hạn của máy chủ; hãy báo quản trị tỉnh.</source>
        <translation>Dữ liệu gửi lên vượt giới hạn của máy chủ; hãy báo quản trị tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="325"/>
        <source>Máy chủ không nhận tệp đính kèm không thuộc hồ sơ nào trong phạm vi của thiết bị.</source>
        <translation>Máy chủ không nhận tệp đính kèm không thuộc hồ sơ nào trong phạm vi của thiết bị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="326"/>
        <source>Tệp đính kèm chưa được gửi lên máy chủ; lần đồng bộ sau sẽ thử lại.</source>
        <translation>Tệp đính kèm chưa được gửi lên máy chủ; lần đồng bộ sau sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="327"/>
        <source>Tệp đính kèm quá lớn so với giới hạn của máy chủ.</source>
        <translation>Tệp đính kèm quá lớn so với giới hạn của máy chủ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="328"/>
        <source>Phần tệp đính kèm gửi lên quá lớn; hãy cập nhật WardBook.</source>
        <translation>Phần tệp đính kèm gửi lên quá lớn; hãy cập nhật WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="329"/>
        <source>Tệp đính kèm bị hỏng trên đường truyền; lần đồng bộ sau sẽ gửi lại.</source>
        <translation>Tệp đính kèm bị hỏng trên đường truyền; lần đồng bộ sau sẽ gửi lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="330"/>
        <source>Tệp đính kèm đang gửi dở; lần đồng bộ sau sẽ gửi tiếp.</source>
        <translation>Tệp đính kèm đang gửi dở; lần đồng bộ sau sẽ gửi tiếp.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="331"/>
        <source>Máy chủ không trả được phần tệp đính kèm được yêu cầu; hãy đồng bộ lại.</source>
        <translation>Máy chủ không trả được phần tệp đính kèm được yêu cầu; hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="332"/>
        <source>Tệp không phải gói dữ liệu WardBook hoặc đã bị hỏng.</source>
        <translation>Tệp không phải gói dữ liệu WardBook hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="333"/>
        <source>Chữ ký của gói không khớp: gói đã bị sửa đổi hoặc không do máy chủ tạo ra. Đã từ chối.</source>
        <translation>Chữ ký của gói không khớp: gói đã bị sửa đổi hoặc không do máy chủ tạo ra. Đã từ chối.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="334"/>
        <source>Gói trả lời này dành cho một thiết bị khác, không phải sổ này.</source>
        <translation>Gói trả lời này dành cho một thiết bị khác, không phải sổ này.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="335"/>
        <source>Đây là gói gửi đi (do máy xã tạo), phải nhập trên máy chủ tỉnh; ở đây chỉ nhập gói trả lời.</source>
        <translation>Đây là gói gửi đi (do máy xã tạo), phải nhập trên máy chủ tỉnh; ở đây chỉ nhập gói trả lời.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="336"/>
        <source>Gói trả lời này không ứng với gói nào do sổ này xuất ra.</source>
        <translation>Gói trả lời này không ứng với gói nào do sổ này xuất ra.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="337"/>
        <source>Gói do một thiết bị chưa đăng ký hoặc đã bị thu hồi tạo ra.</source>
        <translation>Gói do một thiết bị chưa đăng ký hoặc đã bị thu hồi tạo ra.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="338"/>
        <source>Gói dữ liệu quá lớn.</source>
        <translation>Gói dữ liệu quá lớn.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="339"/>
        <source>Không đồng bộ được ({code}).</source>
        <translation>Không đồng bộ được ({code}).</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="340"/>
        <source>Nghề nghiệp</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="341"/>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="342"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="343"/>
        <source>Dân tộc</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="344"/>
        <source>Tôn giáo</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="345"/>
        <source>Tên gọi khác</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="346"/>
        <source>Sức khỏe</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="347"/>
        <source>Ảnh</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="348"/>
        <source>Số quyết định</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="349"/>
        <source>Cán bộ phụ trách</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="350"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="351"/>
        <source>Kết quả xử lý</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="352"/>
        <source>Đánh giá tin</source>
        <translation>Đánh giá tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="353"/>
        <source>Xóa bản ghi</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="354"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="355"/>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="356"/>
        <source>Chủ đề</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="357"/>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="358"/>
        <source>Xếp loại</source>
        <translation>Xếp loại</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="359"/>
        <source>bản ghi thuộc đơn vị ngoài phạm vi của thiết bị</source>
        <translation>bản ghi thuộc đơn vị ngoài phạm vi của thiết bị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="360"/>
        <source>quyền của thiết bị không cho phép thao tác này (ví dụ xóa)</source>
        <translation>quyền của thiết bị không cho phép thao tác này (ví dụ xóa)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="361"/>
        <source>máy chủ chưa từng nhận bản ghi này</source>
        <translation>máy chủ chưa từng nhận bản ghi này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="362"/>
        <source>trường dữ liệu không được máy chủ hỗ trợ</source>
        <translation>trường dữ liệu không được máy chủ hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="363"/>
        <source>giá trị không hợp lệ</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="364"/>
        <source>mã bản ghi trùng với một bản ghi loại khác</source>
        <translation>mã bản ghi trùng với một bản ghi loại khác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="365"/>
        <source>dữ liệu theo phiên bản mới hơn máy chủ; cần cập nhật máy chủ</source>
        <translation>dữ liệu theo phiên bản mới hơn máy chủ; cần cập nhật máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="366"/>
        <source>bản ghi gắn với một đối tượng, hồ sơ hoặc buổi gọi hỏi mà máy chủ không có (hoặc thuộc đơn vị khác); thay đổi đã được gỡ khỏi máy này</source>
        <translation>bản ghi gắn với một đối tượng, hồ sơ hoặc buổi gọi hỏi mà máy chủ không có (hoặc thuộc đơn vị khác); thay đổi đã được gỡ khỏi máy này</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="367"/>
        <source>thay đổi lưu trên máy bị hỏng, không gửi được</source>
        <translation>thay đổi lưu trên máy bị hỏng, không gửi được</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="368"/>
        <source>chuyển địa bàn không trọn vẹn: người và hồ sơ quản lý, lịch sử của họ phải chuyển cùng một lần</source>
        <translation>chuyển địa bàn không trọn vẹn: người và hồ sơ quản lý, lịch sử của họ phải chuyển cùng một lần</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="369"/>
        <source>không xác thực được người thực hiện: chữ ký hoặc chứng thư không hợp lệ (ký bằng tài khoản khác, bị sửa sau khi ký, hoặc chứng thư không do trưởng công an xã cấp)</source>
        <translation>không xác thực được người thực hiện: chữ ký hoặc chứng thư không hợp lệ (ký bằng tài khoản khác, bị sửa sau khi ký, hoặc chứng thư không do trưởng công an xã cấp)</translation>
    </message>
</context>
<context>
    <name>SyncRoles</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="370"/>
        <source>Cán bộ (không được xóa)</source>
        <translation>Cán bộ (không được xóa)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="371"/>
        <source>Trưởng Công an xã</source>
        <translation>Trưởng Công an xã</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="372"/>
        <source>Quản trị tỉnh</source>
        <translation>Quản trị tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="373"/>
        <source>Chỉ xem (chỉ nhận dữ liệu)</source>
        <translation>Chỉ xem (chỉ nhận dữ liệu)</translation>
    </message>
</context>
<context>
    <name>SyncStages</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="374"/>
        <source>Kết nối máy chủ</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="375"/>
        <source>Gửi thay đổi</source>
        <translation>Gửi thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="376"/>
        <source>Gửi lại toàn bộ dữ liệu</source>
        <translation>Gửi lại toàn bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="377"/>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="378"/>
        <source>Nhận dữ liệu</source>
        <translation>Nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="379"/>
        <source>Kiểm tra đối chiếu</source>
        <translation>Kiểm tra đối chiếu</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="380"/>
        <source>Người</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="381"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="382"/>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="383"/>
        <source>Tiếp xúc</source>
        <translation>Tiếp xúc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="384"/>
        <source>Đánh giá</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="385"/>
        <source>Vắng mặt</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="386"/>
        <source>Vi phạm</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="387"/>
        <source>Diễn biến hồ sơ</source>
        <translation>Diễn biến hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="388"/>
        <source>Buổi răn đe</source>
        <translation>Buổi răn đe</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="389"/>
        <source>Lượt tham dự</source>
        <translation>Lượt tham dự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="390"/>
        <source>Tin tố giác</source>
        <translation>Tin tố giác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="391"/>
        <source>Mô hình phong trào</source>
        <translation>Mô hình phong trào</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="392"/>
        <source>Văn bản mẫu của tỉnh</source>
        <translation>Văn bản mẫu của tỉnh</translation>
    </message>
</context>
<context>
    <name>SyncWarnings</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="393"/>
        <source>Đồng hồ của máy tính này (hoặc của một máy khác) lệch nhiều so với máy chủ; hãy chỉnh lại ngày giờ.</source>
        <translation>Đồng hồ của máy tính này (hoặc của một máy khác) lệch nhiều so với máy chủ; hãy chỉnh lại ngày giờ.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="394"/>
        <source>Gói này gửi lại mọi bản ghi trên máy này (máy chủ tỉnh đã được khôi phục, hoặc máy vừa đăng ký lại), nên lớn hơn thường lệ; gói trả lời của nó mang về toàn bộ dữ liệu của đơn vị.</source>
        <translation>Gói này gửi lại mọi bản ghi trên máy này (máy chủ tỉnh đã được khôi phục, hoặc máy vừa đăng ký lại), nên lớn hơn thường lệ; gói trả lời của nó mang về toàn bộ dữ liệu của đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="395"/>
        <source>Máy chủ tỉnh đã được khôi phục từ bản sao lưu và thiếu một phần dữ liệu đã gửi. Chưa nhận dữ liệu của gói này: hãy xuất gói gửi tỉnh một lần nữa — gói đó gửi lại mọi bản ghi trên máy này — rồi nhập gói trả lời của nó.</source>
        <translation>Máy chủ tỉnh đã được khôi phục từ bản sao lưu và thiếu một phần dữ liệu đã gửi. Chưa nhận dữ liệu của gói này: hãy xuất gói gửi tỉnh một lần nữa — gói đó gửi lại mọi bản ghi trên máy này — rồi nhập gói trả lời của nó.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="396"/>
        <source>Dữ liệu trên máy chưa khớp hoàn toàn với máy chủ; lần đồng bộ sau sẽ kiểm tra lại.</source>
        <translation>Dữ liệu trên máy chưa khớp hoàn toàn với máy chủ; lần đồng bộ sau sẽ kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="397"/>
        <source>Đồng hồ máy tính chạy nhanh hơn giờ máy chủ; các thay đổi đã được ghi theo giờ máy chủ. Hãy chỉnh lại ngày giờ của máy tính.</source>
        <translation>Đồng hồ máy tính chạy nhanh hơn giờ máy chủ; các thay đổi đã được ghi theo giờ máy chủ. Hãy chỉnh lại ngày giờ của máy tính.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="398"/>
        <source>Máy chủ từ chối mốc nhật ký: nhật ký trên máy này ngắn hơn mốc đã neo (có dòng bị xóa). Máy chủ đã gắn cờ máy này; chạy &quot;Kiểm tra tính toàn vẹn&quot; ở trang Quản trị (hoặc wardbook audit verify) và báo cho quản trị cấp tỉnh.</source>
        <translation>Máy chủ từ chối mốc nhật ký: nhật ký trên máy này ngắn hơn mốc đã neo (có dòng bị xóa). Máy chủ đã gắn cờ máy này; chạy &quot;Kiểm tra tính toàn vẹn&quot; ở trang Quản trị (hoặc wardbook audit verify) và báo cho quản trị cấp tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="399"/>
        <source>Máy chủ từ chối mốc nhật ký: nhật ký trên máy này không nối tiếp mốc đã neo (có dòng bị sửa). Máy chủ đã gắn cờ máy này; chạy &quot;Kiểm tra tính toàn vẹn&quot; ở trang Quản trị (hoặc wardbook audit verify) và báo cho quản trị cấp tỉnh.</source>
        <translation>Máy chủ từ chối mốc nhật ký: nhật ký trên máy này không nối tiếp mốc đã neo (có dòng bị sửa). Máy chủ đã gắn cờ máy này; chạy &quot;Kiểm tra tính toàn vẹn&quot; ở trang Quản trị (hoặc wardbook audit verify) và báo cho quản trị cấp tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="400"/>
        <source>Máy chủ từ chối mốc nhật ký: chữ ký không phải của máy này. Máy chủ đã gắn cờ máy này; báo cho quản trị cấp tỉnh.</source>
        <translation>Máy chủ từ chối mốc nhật ký: chữ ký không phải của máy này. Máy chủ đã gắn cờ máy này; báo cho quản trị cấp tỉnh.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="25"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="41"/>
        <source>Nặc danh</source>
        <translation>Nặc danh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="27"/>
        <source>(được bảo vệ)</source>
        <translation>(được bảo vệ)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="32"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="46"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="71"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="148"/>
        <source>Có giá trị</source>
        <translation>Có giá trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="32"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="46"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="71"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="149"/>
        <source>Không có giá trị</source>
        <translation>Không có giá trị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="32"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="45"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="70"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="150"/>
        <source>Chưa đánh giá</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="37"/>
        <source>Tiếp nhận tin tố giác tội phạm</source>
        <translation>Tiếp nhận tin tố giác tội phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="39"/>
        <source>Ngày tiếp nhận</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="40"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="102"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="42"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="103"/>
        <source>Người báo tin</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="43"/>
        <source>Liên hệ người báo tin</source>
        <translation>Liên hệ người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="44"/>
        <source>Nội dung tin *</source>
        <translation>Nội dung tin *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="45"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="70"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="105"/>
        <source>Đánh giá</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="68"/>
        <source>Đánh giá và kết quả xử lý tin</source>
        <translation>Đánh giá và kết quả xử lý tin</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="73"/>
        <source>Kết quả xử lý</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="92"/>
        <source>Tiếp nhận tin mới</source>
        <translation>Tiếp nhận tin mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="94"/>
        <source>Đánh giá / kết quả</source>
        <translation>Đánh giá / kết quả</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="101"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="104"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="106"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="128"/>
        <source>Tìm nội dung, kết quả, người báo tin… (Ctrl+F)</source>
        <translation>Tìm nội dung, kết quả, người báo tin… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="129"/>
        <source>Tìm nội dung, kết quả xử lý… (Ctrl+F)</source>
        <translation>Tìm nội dung, kết quả xử lý… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="130"/>
        <source>Gõ không dấu được; tin hiện ra khi có đủ mọi từ đã gõ</source>
        <translation>Gõ không dấu được; tin hiện ra khi có đủ mọi từ đã gõ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="134"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="135"/>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="137"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="143"/>
        <source>Gõ ngày như 1/11/2026 hoặc 01/11/26; để trống là không giới hạn</source>
        <translation>Gõ ngày như 1/11/2026 hoặc 01/11/26; để trống là không giới hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="148"/>
        <source>Mọi đánh giá</source>
        <translation>Mọi đánh giá</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="155"/>
        <source>Mọi tình trạng</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="156"/>
        <source>Chưa xử lý xong</source>
        <translation>Chưa xử lý xong</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="157"/>
        <source>Đã xử lý xong</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="159"/>
        <source>Đã xử lý xong: tin đã được đánh giá và đã ghi kết quả xử lý</source>
        <translation>Đã xử lý xong: tin đã được đánh giá và đã ghi kết quả xử lý</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/tips.py" line="221"/>
        <source>{tips}, %Ln tin có giá trị</source>
        <translation>
            <numerusform>{tips}, %Ln tin có giá trị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/tips.py" line="222"/>
        <source>%Ln tin</source>
        <translation>
            <numerusform>%Ln tin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="224"/>
        <source>Đang lọc: {found}</source>
        <translation>Đang lọc: {found}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="226"/>
        <source>(hiển thị {n} tin mới nhất)</source>
        <translation>(hiển thị {n} tin mới nhất)</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="32"/>
        <source>gõ tên hoặc mã xã chuyển đến (gõ không dấu được)</source>
        <translation>gõ tên hoặc mã xã chuyển đến (gõ không dấu được)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="57"/>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="113"/>
        <source>Chuyển địa bàn</source>
        <translation>Chuyển địa bàn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="59"/>
        <source>Chuyển {name} cùng toàn bộ hồ sơ (hồ sơ quản lý, thăm gặp, nhận xét, vắng mặt, vi phạm, lượt gọi hỏi) sang xã khác trong tỉnh. Sau khi đồng bộ, hồ sơ rời máy này; xã nhận tiếp tục quản lý.</source>
        <translation>Chuyển {name} cùng toàn bộ hồ sơ (hồ sơ quản lý, thăm gặp, nhận xét, vắng mặt, vi phạm, lượt gọi hỏi) sang xã khác trong tỉnh. Sau khi đồng bộ, hồ sơ rời máy này; xã nhận tiếp tục quản lý.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="66"/>
        <source>Chuyển đến xã *</source>
        <translation>Chuyển đến xã *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="67"/>
        <source>Lý do *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="68"/>
        <source>Ví dụ: chuyển nơi cư trú</source>
        <translation>Ví dụ: chuyển nơi cư trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="69"/>
        <source>Số văn bản chuyển</source>
        <translation>Số văn bản chuyển</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="70"/>
        <source>Nơi ở hiện tại mới</source>
        <translation>Nơi ở hiện tại mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="71"/>
        <source>nếu đã biết</source>
        <translation>nếu đã biết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="82"/>
        <source>Máy này chưa biết xã nào khác trong tỉnh: hãy đồng bộ với máy chủ tỉnh để nhận danh sách xã, rồi chuyển.</source>
        <translation>Máy này chưa biết xã nào khác trong tỉnh: hãy đồng bộ với máy chủ tỉnh để nhận danh sách xã, rồi chuyển.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="110"/>
        <source>Chuyển {name} cùng toàn bộ hồ sơ ({cases} hồ sơ đang quản lý) sang {unit}? Sau lần đồng bộ tới, hồ sơ rời khỏi máy này; chỉ xã nhận sửa được.</source>
        <translation>Chuyển {name} cùng toàn bộ hồ sơ ({cases} hồ sơ đang quản lý) sang {unit}? Sau lần đồng bộ tới, hồ sơ rời khỏi máy này; chỉ xã nhận sửa được.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="114"/>
        <source>Chuyển</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="114"/>
        <source>Không chuyển</source>
        <translation>Không chuyển</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/unit_picker.py" line="30"/>
        <source>gõ tên hoặc mã xã, phường (gõ không dấu được)</source>
        <translation>gõ tên hoặc mã xã, phường (gõ không dấu được)</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="418"/>
        <source>Sửa vi phạm</source>
        <translation>Sửa vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="419"/>
        <source>Ghi nhận vi phạm</source>
        <translation>Ghi nhận vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="421"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="422"/>
        <source>Hành vi vi phạm *</source>
        <translation>Hành vi vi phạm *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="423"/>
        <source>Số biên bản</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="424"/>
        <source>Hình thức xử lý</source>
        <translation>Hình thức xử lý</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="24"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="418"/>
        <source>Gia hạn</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="25"/>
        <source>Rút ngắn thời hạn</source>
        <translation>Rút ngắn thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="26"/>
        <source>Miễn chấp hành</source>
        <translation>Miễn chấp hành</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="27"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="421"/>
        <source>Chuyển đi</source>
        <translation>Chuyển đi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="28"/>
        <source>Nhận chuyển đến</source>
        <translation>Nhận chuyển đến</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="29"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="423"/>
        <source>Bị kết án mới</source>
        <translation>Bị kết án mới</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="30"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="424"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Đề nghị Tòa án buộc chấp hành án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="31"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="425"/>
        <source>Tòa án buộc chấp hành án phạt tù</source>
        <translation>Tòa án buộc chấp hành án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="32"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="426"/>
        <source>Đã chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Đã chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="121"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="440"/>
        <source>Cảnh cáo</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="122"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="441"/>
        <source>Phạt tiền</source>
        <translation>Phạt tiền</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="123"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="405"/>
        <source>Cải tạo không giam giữ</source>
        <translation>Cải tạo không giam giữ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="124"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="404"/>
        <source>Án treo</source>
        <translation>Án treo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="125"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="443"/>
        <source>Tù đến 5 năm</source>
        <translation>Tù đến 5 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="126"/>
        <source>Tù trên 5 năm đến 15 năm</source>
        <translation>Tù trên 5 năm đến 15 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="127"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="445"/>
        <source>Tù trên 15 năm</source>
        <translation>Tù trên 15 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="128"/>
        <source>Tù chung thân, tử hình được giảm án</source>
        <translation>Tù chung thân, tử hình được giảm án</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="401"/>
        <source>Giáo dục tại xã, phường, thị trấn</source>
        <translation>Giáo dục tại xã, phường, thị trấn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="402"/>
        <source>Quản lý tại gia đình</source>
        <translation>Quản lý tại gia đình</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="403"/>
        <source>Tái hòa nhập cộng đồng</source>
        <translation>Tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="406"/>
        <source>Tha tù trước thời hạn có điều kiện</source>
        <translation>Tha tù trước thời hạn có điều kiện</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="407"/>
        <source>Quản lý người sử dụng trái phép chất ma túy</source>
        <translation>Quản lý người sử dụng trái phép chất ma túy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="408"/>
        <source>Đối tượng lầm lỗi</source>
        <translation>Đối tượng lầm lỗi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="409"/>
        <source>Quản chế</source>
        <translation>Quản chế</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="410"/>
        <source>Cấm cư trú</source>
        <translation>Cấm cư trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="411"/>
        <source>Quản lý sau cai nghiện ma túy</source>
        <translation>Quản lý sau cai nghiện ma túy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="412"/>
        <source>Thăm gặp tại nhà</source>
        <translation>Thăm gặp tại nhà</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="413"/>
        <source>Trình diện tại trụ sở</source>
        <translation>Trình diện tại trụ sở</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="414"/>
        <source>Gọi điện</source>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="415"/>
        <source>Nhận bản tự nhận xét</source>
        <translation>Nhận bản tự nhận xét</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="416"/>
        <source>Xét nghiệm ma túy</source>
        <translation>Xét nghiệm ma túy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="417"/>
        <source>Triệu tập làm việc</source>
        <translation>Triệu tập làm việc</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="419"/>
        <source>Rút ngắn thời hạn (quyết định của Tòa án)</source>
        <translation>Rút ngắn thời hạn (quyết định của Tòa án)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="420"/>
        <source>Miễn chấp hành (quyết định của Tòa án)</source>
        <translation>Miễn chấp hành (quyết định của Tòa án)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="422"/>
        <source>Chuyển đến</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="427"/>
        <source>Nhà trọ tự quản</source>
        <translation>Nhà trọ tự quản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="428"/>
        <source>4 an toàn - cơ quan</source>
        <translation>4 an toàn - cơ quan</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="429"/>
        <source>4 an toàn - doanh nghiệp</source>
        <translation>4 an toàn - doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="430"/>
        <source>4 an toàn - bệnh viện</source>
        <translation>4 an toàn - bệnh viện</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="431"/>
        <source>4 an toàn - nhà trường</source>
        <translation>4 an toàn - nhà trường</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="432"/>
        <source>Họ giáo không có tội phạm</source>
        <translation>Họ giáo không có tội phạm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="433"/>
        <source>Xã, phường không có ma túy</source>
        <translation>Xã, phường không có ma túy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="434"/>
        <source>Hỗ trợ tái hòa nhập cộng đồng</source>
        <translation>Hỗ trợ tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="435"/>
        <source>5 tự quản</source>
        <translation>5 tự quản</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="436"/>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="437"/>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="438"/>
        <source>Trưởng Công an xã</source>
        <translation>Trưởng Công an xã</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="439"/>
        <source>Quản trị tỉnh</source>
        <translation>Quản trị tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="442"/>
        <source>Tù cho hưởng án treo</source>
        <translation>Tù cho hưởng án treo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="444"/>
        <source>Tù từ trên 5 năm đến 15 năm</source>
        <translation>Tù từ trên 5 năm đến 15 năm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="446"/>
        <source>Tù chung thân hoặc tử hình được giảm án</source>
        <translation>Tù chung thân hoặc tử hình được giảm án</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="447"/>
        <source>Đã được xóa án tích</source>
        <translation>Đã được xóa án tích</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="448"/>
        <source>Đưa ra khỏi diện quản lý</source>
        <translation>Đưa ra khỏi diện quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="449"/>
        <source>Đã chấp hành xong thời gian thử thách</source>
        <translation>Đã chấp hành xong thời gian thử thách</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="450"/>
        <source>Bị buộc chấp hành án phạt tù</source>
        <translation>Bị buộc chấp hành án phạt tù</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="451"/>
        <source>Bị buộc chấp hành phần hình phạt tù còn lại</source>
        <translation>Bị buộc chấp hành phần hình phạt tù còn lại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="452"/>
        <source>Đã chấp hành xong án phạt</source>
        <translation>Đã chấp hành xong án phạt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="453"/>
        <source>Đã chấp hành xong quyết định</source>
        <translation>Đã chấp hành xong quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="454"/>
        <source>Chấm dứt trước thời hạn</source>
        <translation>Chấm dứt trước thời hạn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="455"/>
        <source>Hủy quyết định</source>
        <translation>Hủy quyết định</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="456"/>
        <source>Hết thời hạn quản lý</source>
        <translation>Hết thời hạn quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="457"/>
        <source>Đã chấp hành xong hình phạt quản chế</source>
        <translation>Đã chấp hành xong hình phạt quản chế</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="458"/>
        <source>Đã chấp hành xong hình phạt cấm cư trú</source>
        <translation>Đã chấp hành xong hình phạt cấm cư trú</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="459"/>
        <source>Đề nghị</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="460"/>
        <source>Đang quản lý</source>
        <translation>Đang quản lý</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="461"/>
        <source>Tạm đình chỉ</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="462"/>
        <source>Đã chấp hành xong</source>
        <translation>Đã chấp hành xong</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="463"/>
        <source>Hủy bỏ</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="464"/>
        <source>Đã chuyển đi</source>
        <translation>Đã chuyển đi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="465"/>
        <source>Đã chết</source>
        <translation>Đã chết</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="466"/>
        <source>Trực tiếp</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="467"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="468"/>
        <source>Đơn thư</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="469"/>
        <source>Đường dây nóng</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="470"/>
        <source>Hòm thư tố giác</source>
        <translation>Hòm thư tố giác</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="471"/>
        <source>Mạng xã hội / trực tuyến</source>
        <translation>Mạng xã hội / trực tuyến</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="14"/>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="15"/>
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="16"/>
        <source>Giải thể</source>
        <translation>Giải thể</translation>
    </message>
</context>
</TS>
