<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Absence</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="386"/>
        <source>Sửa khai báo vắng mặt</source>
        <translation>Correct the absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="387"/>
        <source>Khai báo vắng mặt</source>
        <translation>Declare an absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="389"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="390"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="391"/>
        <source>Được phép</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="393"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="394"/>
        <source>Nơi đến</source>
        <translation>Destination</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="95"/>
        <source>Tài khoản</source>
        <comment>tab</comment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="96"/>
        <source>Quy tắc</source>
        <comment>tab</comment>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="97"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="61"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="141"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="98"/>
        <source>Văn bản mẫu</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/__init__.py" line="99"/>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="75"/>
        <source>Bạn không có quyền xem nhật ký hệ thống.
Chỉ Trưởng Công an xã và quản trị tỉnh được xem và kiểm tra nhật ký.</source>
        <translation>You may not view the audit log.
Only the Commune Police Chief and provincial administrators may view and verify it.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="83"/>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="86"/>
        <source>Mọi người dùng</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="91"/>
        <source>Thao tác:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="94"/>
        <source>lọc theo thao tác, loại dữ liệu, họ tên hoặc mã, ví dụ: đăng nhập</source>
        <translation>filter by action, kind of record, name or code, e.g. login</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="104"/>
        <source>Kiểm tra tính toàn vẹn</source>
        <translation>Verify integrity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="105"/>
        <source>Tính lại chuỗi mã băm của toàn bộ nhật ký để phát hiện dòng bị sửa, xóa hoặc đảo thứ tự</source>
        <translation>Recompute the hash chain of the whole log to find rows edited, deleted or reordered</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="120"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="121"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="122"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="124"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="125"/>
        <source>Loại dữ liệu</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="127"/>
        <source>Người liên quan</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="129"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="162"/>
        <source>Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng nhật ký</source>
        <translation>
            <numerusform>Showing the newest {n} (at most {limit}) of %Ln log row</numerusform>
            <numerusform>Showing the newest {n} (at most {limit}) of %Ln log rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="164"/>
        <source>Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng của người dùng này</source>
        <translation>
            <numerusform>Showing the newest {n} (at most {limit}) of this user&apos;s %Ln row</numerusform>
            <numerusform>Showing the newest {n} (at most {limit}) of this user&apos;s %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="176"/>
        <source>Đang kiểm tra nhật ký…</source>
        <translation>Verifying the log…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="182"/>
        <source>Kiểm tra lúc {time}</source>
        <translation>Verified at {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="187"/>
        <source>Nhật ký nguyên vẹn: %Ln dòng</source>
        <translation>
            <numerusform>Log intact: %Ln row</numerusform>
            <numerusform>Log intact: %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="193"/>
        <source>Máy chủ giữ mốc của nhật ký (số dòng và mã băm) sau mỗi lần đồng bộ; nhật ký trên máy này không còn nối tiếp mốc đó. Báo ngay cho quản trị cấp tỉnh.</source>
        <translation>The server keeps the log&apos;s anchor (its row count and hash) after every sync; the log on this computer no longer extends that anchor. Tell the province administrator now.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="198"/>
        <source>Nhật ký bị can thiệp tại dòng {seq}</source>
        <translation>Log tampered with at row {seq}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="200"/>
        <source>Nội dung dòng này đã bị sửa sau khi ghi.</source>
        <translation>This row was changed after it was written.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="201"/>
        <source>Dòng này không nối đúng với dòng trước (bị sửa, xóa hoặc đảo thứ tự).</source>
        <translation>This row does not chain to the one before (edited, deleted or reordered).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="202"/>
        <source>Thiếu dòng: có dòng đã bị xóa.</source>
        <translation>Rows missing: a row was deleted.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="216"/>
        <source>Nhật ký bị cắt: các dòng {first} đến {last} đã mất so với mốc máy chủ giữ ({n} dòng)</source>
        <translation>Log cut: rows {first} to {last} are gone against the anchor the server keeps ({n} rows)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="219"/>
        <source>Nhật ký bị viết lại: một dòng trong khoảng {first} đến {last} không khớp mốc máy chủ giữ</source>
        <translation>Log rewritten: a row between {first} and {last} does not match the anchor the server keeps</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="222"/>
        <source>khớp mốc trên máy chủ ({n} dòng đầu)</source>
        <translation>matches the server&apos;s anchor (first {n} rows)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit.py" line="226"/>
        <source>máy chủ đã gắn cờ máy này</source>
        <translation>the server has flagged this computer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/language.py" line="39"/>
        <source>Ngôn ngữ giao diện trên máy này; áp dụng khi mở lại WardBook.</source>
        <translation>Interface language on this computer; applies when WardBook is restarted.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/language.py" line="42"/>
        <source>Áp dụng khi mở lại WardBook.</source>
        <translation>Applies after restarting WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="34"/>
        <source>Thời hạn (tháng)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="35"/>
        <source>Kỳ nhận xét, đánh giá</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="36"/>
        <source>Khoảng cách giữa hai lần tiếp xúc (ngày)</source>
        <translation>Interval between two contacts (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="37"/>
        <source>Tổng thời gian vắng mặt tối đa (phần của thời hạn)</source>
        <translation>Total absence at most (fraction of the term)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="38"/>
        <source>Mỗi lần vắng mặt tối đa (ngày)</source>
        <translation>Single absence at most (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="39"/>
        <source>Số người một người giúp đỡ phụ trách tối đa (người)</source>
        <translation>Persons one helper may look after at most (persons)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="40"/>
        <source>Hạn phân công người giúp đỡ (ngày làm việc)</source>
        <translation>Deadline to appoint a helper (working days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="41"/>
        <source>Hạn xác minh nơi cư trú (ngày làm việc)</source>
        <translation>Deadline to verify the residence (working days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="42"/>
        <source>Được chấm dứt trước thời hạn sau khi chấp hành (phần của thời hạn)</source>
        <translation>Early termination possible after serving (fraction of the term)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="43"/>
        <source>Đương nhiên xóa án tích sau khi chấp hành xong (năm)</source>
        <translation>Conviction record cleared after completion (years)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="44"/>
        <source>Coi như chưa bị áp dụng biện pháp sau (năm)</source>
        <translation>Measure treated as never applied after (years)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="45"/>
        <source>Khoảng cách giữa hai lần rà soát (tháng)</source>
        <translation>Interval between two reviews (months)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="46"/>
        <source>Báo sắp đến hạn trước (ngày)</source>
        <translation>Warn of due work ahead (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="47"/>
        <source>Báo hồ sơ sắp kết thúc trước (ngày)</source>
        <translation>Warn of a case ending ahead (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="48"/>
        <source>Báo sắp đủ điều kiện xóa án tích trước (ngày)</source>
        <translation>Warn of record clearing ahead (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="49"/>
        <source>Kỳ báo cáo 6 tháng đầu năm (ngày/tháng)</source>
        <translation>First-half-year report period (day/month)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="51"/>
        <source>Cách tính thời hạn</source>
        <translation>How the term is counted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="52"/>
        <source>Vắng mặt không được phép</source>
        <translation>Unauthorised absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="53"/>
        <source>Số lần vi phạm thì đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Breaches after which the court is asked to order the prison sentence served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="54"/>
        <source>Độ tuổi áp dụng (từ đủ – dưới)</source>
        <translation>Ages the measure applies to (from – under)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="55"/>
        <source>Xóa án tích theo quyết định của Tòa án sau (năm)</source>
        <translation>Record clearing by court decision after (years)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="60"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="93"/>
        <source>Nghị định 120/2021/NĐ-CP</source>
        <translation>Decree 120/2021/ND-CP</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="61"/>
        <source>Luật Thi hành án hình sự; Thông tư 65/2019/TT-BCA</source>
        <translation>Law on Execution of Criminal Judgments; Circular 65/2019/TT-BCA</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="62"/>
        <source>Bộ luật Hình sự; Luật Thi hành án hình sự</source>
        <translation>Criminal Code; Law on Execution of Criminal Judgments</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="63"/>
        <source>Luật Phòng, chống ma túy</source>
        <translation>Law on Drug Prevention and Control</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="64"/>
        <source>Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA</source>
        <translation>Decree 49/2020/ND-CP; Circular 10/2024/TT-BCA</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="65"/>
        <source>Phong trào Toàn dân bảo vệ an ninh Tổ quốc</source>
        <translation>All People Protect National Security movement</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="66"/>
        <source>Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP</source>
        <translation>Law on Handling Administrative Violations; Decree 120/2021/ND-CP</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="67"/>
        <source>Nghị định 120/2021/NĐ-CP; Luật Thi hành án hình sự</source>
        <translation>Decree 120/2021/ND-CP; Law on Execution of Criminal Judgments</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="68"/>
        <source>Bộ luật Hình sự, Điều 70</source>
        <translation>Criminal Code, Article 70</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="69"/>
        <source>Luật Xử lý vi phạm hành chính, Điều 137</source>
        <translation>Law on Handling Administrative Violations, Article 137</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="70"/>
        <source>Nghị định 09/2019/NĐ-CP (chế độ báo cáo)</source>
        <translation>Decree 09/2019/ND-CP (reporting regime)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="71"/>
        <source>Cài đặt của ứng dụng (không có văn bản quy định)</source>
        <translation>Application setting (no legal text)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="94"/>
        <source>Thời gian thử thách từ 1 đến 5 năm</source>
        <translation>Probation from 1 to 5 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="95"/>
        <source>Theo bản án</source>
        <translation>Per judgment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="96"/>
        <source>Thời hạn tù còn lại</source>
        <translation>Remaining prison term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="97"/>
        <source>1 năm</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="98"/>
        <source>Tổng thời gian vắng mặt không quá 1/3 thời hạn</source>
        <translation>Total absence at most 1/3 of the term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="99"/>
        <source>Mỗi lần vắng mặt không quá 60 ngày (án hình sự)</source>
        <translation>Each absence at most 60 days (criminal judgments)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="100"/>
        <source>Sau khi đã chấp hành một nửa thời hạn</source>
        <translation>After half the term has been served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="117"/>
        <source>Đã đối chiếu văn bản</source>
        <translation>Checked against the legal text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="118"/>
        <source>Chưa đối chiếu, cần xác nhận</source>
        <translation>Not checked yet, to be confirmed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>hằng tháng</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>hằng quý</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>6 tháng một lần</source>
        <translation>every 6 months</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="127"/>
        <source>hằng năm</source>
        <translation>yearly</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="128"/>
        <source>người thành niên</source>
        <translation>adults</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="128"/>
        <source>người chưa thành niên</source>
        <translation>minors</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="129"/>
        <source>cảnh cáo</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="129"/>
        <source>phạt tiền</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="129"/>
        <source>cải tạo không giam giữ</source>
        <translation>non-custodial reform</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="130"/>
        <source>án treo</source>
        <translation>suspended sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="130"/>
        <source>tù đến 5 năm</source>
        <translation>prison up to 5 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="130"/>
        <source>tù trên 5 đến 15 năm</source>
        <translation>prison over 5 to 15 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="131"/>
        <source>tù trên 15 năm</source>
        <translation>prison over 15 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="131"/>
        <source>tù chung thân, tử hình được giảm</source>
        <translation>life or commuted death sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="132"/>
        <source>không có thời hạn</source>
        <translation>no term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="132"/>
        <source>theo tháng</source>
        <translation>in months</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="133"/>
        <source>theo tháng và ngày</source>
        <translation>in months and days</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="134"/>
        <source>là vi phạm nghĩa vụ</source>
        <translation>a breach of obligations</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="134"/>
        <source>không tính vào thời hạn</source>
        <translation>not counted toward the term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="135"/>
        <source>chỉ khai báo tạm vắng</source>
        <translation>temporary-absence declaration only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="135"/>
        <source>ghi nhận</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="154"/>
        <source>từ {lo}</source>
        <translation>from {lo}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="161"/>
        <source>{period}, hạn ngày {day} kỳ sau</source>
        <translation>{period}, by day {day} of the next period</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="165"/>
        <source>từ {fd:02d}/{fm:02d} đến {td:02d}/{tm:02d}</source>
        <translation>from {fd:02d}/{fm:02d} to {td:02d}/{tm:02d}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="196"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="219"/>
        <source>Quy tắc</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="197"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="223"/>
        <source>Áp dụng cho</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="198"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="224"/>
        <source>Mọi loại đối tượng</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="199"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="201"/>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="222"/>
        <source>Văn bản căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="202"/>
        <source>Đối chiếu</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="203"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="204"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="205"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="214"/>
        <source>Sửa quy tắc</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="226"/>
        <source>Giá trị đang chọn</source>
        <translation>Selected value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="228"/>
        <source>Giá trị mới (JSON) *</source>
        <translation>New value (JSON) *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="231"/>
        <source>Cùng dạng với giá trị đang có: {example}</source>
        <translation>Same shape as the current value: {example}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="232"/>
        <source>Viết dạng JSON, giống giá trị đang có trong ô.</source>
        <translation>Write JSON, like the current value in the box.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="234"/>
        <source>Áp dụng từ ngày</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="235"/>
        <source>Trước ngày này vẫn áp dụng giá trị cũ.</source>
        <translation>Before this date the old value still applies.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="236"/>
        <source>Căn cứ, ghi chú</source>
        <translation>Legal basis, note</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="243"/>
        <source>Chưa nhập giá trị.</source>
        <translation>No value entered.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="248"/>
        <source>Không phải JSON hợp lệ (ký tự thứ {pos}): ví dụ đúng {example}</source>
        <translation>Not valid JSON (character {pos}); a valid example: {example}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="262"/>
        <source>(dạng đúng: {expected})</source>
        <translation>(expected shape: {expected})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="279"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="280"/>
        <source>Đặt giá trị mới cho quy tắc đang chọn, áp dụng từ một ngày</source>
        <translation>Set a new value for the selected rule, from a given date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="285"/>
        <source>Cột “Đối chiếu” cho biết giá trị đã được đối chiếu với văn bản đã công bố hay còn cần xác nhận. Dòng chữ xám: giá trị không còn hoặc chưa có hiệu lực hôm nay.</source>
        <translation>The “Checked” column tells whether the value was checked against the published text or is still to be confirmed. Grey rows: values not (or no longer) in force today.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="289"/>
        <source>Chỉ Trưởng Công an xã được sửa quy tắc.</source>
        <translation>Only the Commune Police Chief may edit rules.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="317"/>
        <source>{rules}, %Ln dòng lịch sử</source>
        <translation>
            <numerusform>{rules}, %Ln history row</numerusform>
            <numerusform>{rules}, %Ln history rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/rules.py" line="318"/>
        <source>%Ln quy tắc đang áp dụng</source>
        <translation>
            <numerusform>%Ln rule in force</numerusform>
            <numerusform>%Ln rules in force</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="37"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="37"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="47"/>
        <source>Sổ đăng ký của đơn vị</source>
        <translation>The unit&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="51"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="52"/>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="83"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="53"/>
        <source>Mã sổ đăng ký</source>
        <translation>Register ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="54"/>
        <source>Mã máy này</source>
        <translation>This computer&apos;s ID</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="55"/>
        <source>Ngày lập sổ</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="56"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="57"/>
        <source>Người đang đăng nhập</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="71"/>
        <source>Thông tin này được ghi khi lập sổ và dùng để đồng bộ; không sửa trong ứng dụng.</source>
        <translation>Recorded when the register was created and used for sync; it cannot be edited in the app.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="76"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="82"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="84"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="86"/>
        <source>Trực thuộc</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="88"/>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="96"/>
        <source>Cài đặt của sổ trên máy này</source>
        <translation>This register&apos;s settings on this computer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="109"/>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="118"/>
        <source>Chỉ Trưởng Công an xã thay đổi được.</source>
        <translation>Only the commune police chief can change this.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="128"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="162"/>
        <source>%Ln đơn vị đang có hiệu lực ({communes}; {provinces})</source>
        <translation>
            <numerusform>%Ln unit in force ({communes}; {provinces})</numerusform>
            <numerusform>%Ln units in force ({communes}; {provinces})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="163"/>
        <source>%Ln xã, phường</source>
        <translation>
            <numerusform>%Ln commune or ward</numerusform>
            <numerusform>%Ln communes and wards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/unit.py" line="164"/>
        <source>%Ln tỉnh, thành phố</source>
        <translation>
            <numerusform>%Ln province or city</numerusform>
            <numerusform>%Ln provinces and cities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="36"/>
        <source>Ít nhất 10 ký tự, có cả chữ và số.</source>
        <translation>At least 10 characters, with letters and digits.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="37"/>
        <source>Nhập lại mật khẩu *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="45"/>
        <source>Mật khẩu nhập lại không khớp.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="52"/>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="54"/>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="55"/>
        <source>chữ không dấu, số, dấu chấm; ví dụ: canbo.an</source>
        <translation>letters without accents, digits, dots; e.g. canbo.an</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="56"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="139"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="58"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="140"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="64"/>
        <source>Mật khẩu *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="87"/>
        <source>Mở lại tài khoản</source>
        <translation>Reactivate account</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="87"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="92"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="94"/>
        <source>Mật khẩu cũ đã bị hủy khi vô hiệu hóa; cần đặt mật khẩu mới.</source>
        <translation>The old password was revoked on deactivation; set a new one.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="96"/>
        <source>Mật khẩu mới *</source>
        <translation>New password *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="123"/>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="125"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="127"/>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="232"/>
        <source>Vô hiệu hóa</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="129"/>
        <source>Mở lại tài khoản…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="135"/>
        <source>Chỉ Trưởng Công an xã và quản trị tỉnh được thêm tài khoản, đặt lại mật khẩu hoặc vô hiệu hóa tài khoản.</source>
        <translation>Only the Commune Police Chief and provincial administrators may add accounts, reset passwords or deactivate accounts.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="138"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="142"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="142"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="143"/>
        <source>Đã vô hiệu hóa</source>
        <translation>Deactivated</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/users.py" line="166"/>
        <source>{accounts}, %Ln đang hoạt động</source>
        <translation>
            <numerusform>{accounts}, %Ln active</numerusform>
            <numerusform>{accounts}, %Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/users.py" line="167"/>
        <source>%Ln tài khoản</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="229"/>
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="230"/>
        <source>Vô hiệu hóa tài khoản {user}? Mật khẩu hiện tại sẽ không mở được sổ nữa; muốn mở lại phải đặt mật khẩu mới.</source>
        <translation>Deactivate the account {user}? Its current password will no longer open the register; reactivating it needs a new password.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/users.py" line="232"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="58"/>
        <source>Tự khóa màn hình sau</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="59"/>
        <source> phút không thao tác</source>
        <translation> minutes without input</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="60"/>
        <source>Tự động đồng bộ mỗi</source>
        <translation>Sync automatically every</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="61"/>
        <source> phút (0: tắt)</source>
        <translation> minutes (0: off)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="62"/>
        <source>Tỉnh đọc được dữ liệu nhạy cảm gửi lên</source>
        <translation>The province can read the sensitive data sent up</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="63"/>
        <source> (1: có, 0: không)</source>
        <translation> (1: yes, 0: no)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/settings.py" line="64"/>
        <source>Ngôn ngữ / Language:</source>
        <translation>Language / Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>AdminDocs</name>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="47"/>
        <source>Thêm văn bản mẫu của đơn vị</source>
        <translation>Add the unit&apos;s own template</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="61"/>
        <source>Để trống: Mẫu tham khảo</source>
        <translation>Empty: reference form</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="65"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="66"/>
        <source>Mã mẫu:</source>
        <translation>Template id:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="67"/>
        <source>Tên văn bản:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="68"/>
        <source>Nhóm:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="69"/>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="70"/>
        <source>Ký hiệu trong số:</source>
        <translation>Number&apos;s symbol:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="71"/>
        <source>Hiệu lực từ ngày:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="96"/>
        <source>Văn bản mẫu có sẵn và mẫu riêng của đơn vị. Mẫu riêng là tệp Word (.docx) có trường dữ liệu như {{ person.full_name }}, {{ unit.police_upper }}, {{ doc.date.words }} (xem Hướng dẫn sử dụng).</source>
        <translation>The shipped templates and the unit&apos;s own. The unit&apos;s own is a Word file (.docx) with placeholders such as {{ person.full_name }}, {{ unit.police_upper }}, {{ doc.date.words }} (see the user guide).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="103"/>
        <source>Thêm mẫu của đơn vị…</source>
        <translation>Add the unit&apos;s template…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="109"/>
        <source>Ban hành cho toàn tỉnh…</source>
        <translation>Publish to the province…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="111"/>
        <source>Các xã, phường của tỉnh nhận mẫu này khi đồng bộ.</source>
        <translation>The province&apos;s communes and wards receive this form when they sync.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="116"/>
        <source>Thu hồi mẫu đã ban hành…</source>
        <translation>Withdraw a published form…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="118"/>
        <source>Các xã không còn thấy mẫu này sau lần đồng bộ tới; văn bản đã tạo vẫn giữ.</source>
        <translation>The communes no longer see this form after their next sync; documents already made stay.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="124"/>
        <source>Xem thử mẫu đang chọn</source>
        <translation>Preview the selected template</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="137"/>
        <source>Mã</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="137"/>
        <source>Tên văn bản</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="137"/>
        <source>Nhóm</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="138"/>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="138"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="138"/>
        <source>Hiệu lực</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="139"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="163"/>
        <source>Có sẵn</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="164"/>
        <source>Tỉnh ban hành</source>
        <translation>Published by the province</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="165"/>
        <source>Của đơn vị</source>
        <translation>The unit&apos;s own</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="191"/>
        <source>Đã thu hồi mẫu {id} (phiên bản {version}); các xã không còn thấy mẫu này sau lần đồng bộ tới.</source>
        <translation>Form {id} (version {version}) withdrawn; the communes no longer see it after their next sync.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="197"/>
        <source>Thu hồi văn bản mẫu</source>
        <translation>Withdraw a form</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="198"/>
        <source>Thu hồi mẫu {title} (phiên bản {version}) đã ban hành cho toàn tỉnh?</source>
        <translation>Withdraw the form {title} (version {version}) published to the whole province?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="200"/>
        <source>Thu hồi</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="200"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="212"/>
        <source>Chọn văn bản mẫu (.docx)</source>
        <translation>Choose a template (.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="213"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="224"/>
        <source>Đã ban hành mẫu {id} (phiên bản {version}) cho toàn tỉnh; các xã nhận được khi đồng bộ.</source>
        <translation>Template {id} (version {version}) published to the province; the communes receive it when they sync.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="226"/>
        <source>Đã thêm mẫu {id} (phiên bản {version}).</source>
        <translation>Template {id} (version {version}) added.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="232"/>
        <source>Không nhận mẫu: {error}</source>
        <translation>Template refused: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/documents.py" line="246"/>
        <source>Bản xem thử: {path}</source>
        <translation>Preview: {path}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="42"/>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="45"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="42"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="43"/>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="43"/>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="44"/>
        <source>Dấu in</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="44"/>
        <source>Nội dung</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="45"/>
        <source>In ra</source>
        <translation>Printed to</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="46"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="46"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="47"/>
        <source>Số thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="47"/>
        <source>Số byte</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="48"/>
        <source>Mã gói</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="48"/>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="49"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="49"/>
        <source>Tổng</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="50"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="50"/>
        <source>Kích thước</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="51"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="51"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="52"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="52"/>
        <source>Từ khóa</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="53"/>
        <source>Số người</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="53"/>
        <source>Đường dẫn</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="54"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="54"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="55"/>
        <source>Hiệu lực từ</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="55"/>
        <source>Kiểu dữ liệu mẫu</source>
        <translation>Demo profile</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="56"/>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="56"/>
        <source>Nặc danh</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="57"/>
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="57"/>
        <source>Mã phiên máy chủ</source>
        <translation>Server epoch</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="58"/>
        <source>Mã dòng đầu</source>
        <translation>First row id</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="58"/>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="59"/>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="75"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="75"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="109"/>
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="109"/>
        <source>giấy tờ tùy thân</source>
        <translation>identity document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="110"/>
        <source>tệp đính kèm</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="110"/>
        <source>hồ sơ quản lý</source>
        <translation>supervision file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="111"/>
        <source>lần tiếp xúc</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="111"/>
        <source>nhận xét, đánh giá</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="112"/>
        <source>lần vắng mặt</source>
        <translation>absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="112"/>
        <source>vi phạm</source>
        <translation>violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="113"/>
        <source>sự kiện hồ sơ</source>
        <translation>case event</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="113"/>
        <source>buổi răn đe</source>
        <translation>warning session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="114"/>
        <source>lượt tham dự</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="114"/>
        <source>tin tố giác</source>
        <translation>crime tip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="115"/>
        <source>mô hình</source>
        <translation>security model</translation>
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
        <translation>{what} of {person}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="181"/>
        <source>Xem hồ sơ của {person}</source>
        <translation>Viewed the file of {person}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="186"/>
        <source>Xem tên người báo tin của %Ln tin trong danh sách</source>
        <translation>
            <numerusform>Viewed the reporter&apos;s name of %Ln listed tip</numerusform>
            <numerusform>Viewed the reporters&apos; names of %Ln listed tips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="187"/>
        <source>Xem tên người báo tin</source>
        <translation>Viewed the reporter&apos;s name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="191"/>
        <source>Thêm {what}</source>
        <translation>Added a {what}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="195"/>
        <source>Sửa {what}</source>
        <translation>Edited the {what}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="198"/>
        <source>Xóa {what}</source>
        <translation>Removed the {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="201"/>
        <source>Thêm %Ln dòng {what}</source>
        <translation>
            <numerusform>Added %Ln {what} row</numerusform>
            <numerusform>Added %Ln {what} rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="203"/>
        <source>In hồ sơ</source>
        <translation>Printed the file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="204"/>
        <source>In danh sách tham dự buổi răn đe</source>
        <translation>Printed the attendance list of a warning session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="205"/>
        <source>In {what}</source>
        <translation>Printed the {what}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="208"/>
        <source>{what} ra máy in</source>
        <translation>{what} on a printer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="210"/>
        <source>{what} ra tệp PDF</source>
        <translation>{what} to a PDF file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="213"/>
        <source>Tạo văn bản “{title}” số {number}</source>
        <translation>Made the document “{title}” no. {number}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="215"/>
        <source>{what} cho {person}</source>
        <translation>{what} for {person}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="217"/>
        <source>Thêm văn bản mẫu “{title}” ({id}, phiên bản {version})</source>
        <translation>Added the template “{title}” ({id}, version {version})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="220"/>
        <source>Ghi lại văn bản đã lưu</source>
        <translation>Wrote out a kept document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="222"/>
        <source>Xuất báo cáo</source>
        <translation>Exported a report</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="222"/>
        <source>Xuất danh sách người</source>
        <translation>Exported the people list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="223"/>
        <source>Xuất danh sách việc đến hạn</source>
        <translation>Exported the due list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="224"/>
        <source>Xuất hồ sơ</source>
        <translation>Exported the file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="225"/>
        <source>Xuất toàn bộ sổ</source>
        <translation>Exported the whole register</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="227"/>
        <source>{what} từ {start} đến {end}</source>
        <translation>{what} from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="230"/>
        <source>{what} ra tệp {file}</source>
        <translation>{what} to the file {file}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="235"/>
        <source>Thêm tài khoản {user}</source>
        <translation>Added the account {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="236"/>
        <source>Đặt lại mật khẩu của {user}</source>
        <translation>Reset the password of {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="237"/>
        <source>Mở lại tài khoản của {user}</source>
        <translation>Reactivated the account of {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="238"/>
        <source>Vô hiệu hóa tài khoản của {user}</source>
        <translation>Deactivated the account of {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="240"/>
        <source>, vai trò {role}</source>
        <translation>, role {role}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="243"/>
        <source>Quy tắc “{rule}”</source>
        <translation>Rule “{rule}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="247"/>
        <source>: giá trị mới {value}</source>
        <translation>: new value {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="249"/>
        <source>, áp dụng từ {date}</source>
        <translation>, from {date}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="252"/>
        <source>{setting}: {before} → {after}</source>
        <translation>{setting}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="257"/>
        <source>Tài khoản {user} bị tạm khóa do nhập sai nhiều lần</source>
        <translation>The account of {user} was locked after repeated wrong passwords</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="259"/>
        <source>Tài khoản {user} bị từ chối: không có chứng nhận hợp lệ</source>
        <translation>Account {user} refused: no valid certificate</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="260"/>
        <source>Sai mật khẩu khi đăng nhập vào tài khoản {user}</source>
        <translation>Wrong password when signing in as {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="262"/>
        <source>Sao lưu ra tệp {file}</source>
        <translation>Backed up to the file {file}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="264"/>
        <source>Khôi phục từ tệp {file}</source>
        <translation>Restored from the file {file}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/admin/audit_words.py" line="266"/>
        <source>Nhập dữ liệu từ tệp {file}</source>
        <translation>Imported data from the file {file}</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="10"/>
        <source>Lập sổ</source>
        <translation>Register created</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="11"/>
        <source>Tạo dữ liệu mẫu</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="12"/>
        <source>Đăng nhập</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="13"/>
        <source>Đăng nhập sai</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="14"/>
        <source>Mở khóa màn hình</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="15"/>
        <source>Mở khóa sai mật khẩu</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="16"/>
        <source>Thêm tài khoản</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="17"/>
        <source>Đổi mật khẩu</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="18"/>
        <source>Cấp chứng nhận tài khoản</source>
        <translation>Account certificate issued</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="19"/>
        <source>Chứng nhận các tài khoản (lập khóa gốc)</source>
        <translation>Accounts certified (root key made)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="20"/>
        <source>Đặt lại mật khẩu</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="21"/>
        <source>Tạo khóa dữ liệu nhạy cảm</source>
        <translation>Sensitive-data key created</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="22"/>
        <source>Cấp khóa dữ liệu nhạy cảm</source>
        <translation>Sensitive-data key granted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="23"/>
        <source>Sửa lại khóa công khai dữ liệu nhạy cảm</source>
        <translation>Sensitive-data public key repaired</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="24"/>
        <source>Mã hóa dữ liệu nhạy cảm ghi trước đây</source>
        <translation>Earlier sensitive data sealed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="25"/>
        <source>Mở lại tài khoản</source>
        <translation>Account reactivated</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="26"/>
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="27"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="28"/>
        <source>Thêm hàng loạt</source>
        <translation>Bulk added</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="29"/>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="30"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="31"/>
        <source>Xem hồ sơ người</source>
        <translation>Person&apos;s file viewed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="32"/>
        <source>Xem người báo tin</source>
        <translation>Tip reporter viewed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="33"/>
        <source>Vượt cảnh báo quy tắc</source>
        <translation>Rule warning overridden</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="34"/>
        <source>Sửa quy tắc</source>
        <translation>Rule changed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="35"/>
        <source>Nạp đơn vị hành chính</source>
        <translation>Administrative units loaded</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="36"/>
        <source>In</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="37"/>
        <source>Xuất dữ liệu</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="38"/>
        <source>Lập báo cáo</source>
        <translation>Report made</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="39"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="40"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="41"/>
        <source>Dựng lại chỉ mục tìm kiếm</source>
        <translation>Search index rebuilt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="42"/>
        <source>Đổi cài đặt</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="43"/>
        <source>Mở lại hồ sơ</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="44"/>
        <source>Chuyển địa bàn</source>
        <translation>Transfer to another commune</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="45"/>
        <source>Tạo văn bản</source>
        <translation>Document made</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="46"/>
        <source>Thêm văn bản mẫu</source>
        <translation>Template added</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="47"/>
        <source>Ban hành văn bản mẫu cho toàn tỉnh</source>
        <translation>Template published to the province</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="48"/>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="49"/>
        <source>Giấy tờ tùy thân</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="50"/>
        <source>Tệp đính kèm</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="51"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="52"/>
        <source>Hồ sơ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="53"/>
        <source>Tiếp xúc</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="54"/>
        <source>Nhận xét</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="55"/>
        <source>Vắng mặt</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="56"/>
        <source>Vi phạm</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="57"/>
        <source>Sự kiện hồ sơ</source>
        <translation>Case event</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="58"/>
        <source>Buổi răn đe</source>
        <translation>Warning session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="59"/>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="60"/>
        <source>Tin tố giác</source>
        <translation>Crime tip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="61"/>
        <source>Mô hình</source>
        <translation>Security model</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="62"/>
        <source>Văn bản mẫu của tỉnh</source>
        <translation>Province template</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="63"/>
        <source>Quy tắc</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="64"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="65"/>
        <source>Sổ đăng ký</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="66"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="67"/>
        <source>Cài đặt</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="68"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="69"/>
        <source>Văn bản mẫu</source>
        <translation>Document template</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="85"/>
        <source>đối tượng</source>
        <translation>the person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="94"/>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="123"/>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="124"/>
        <source>Kết thúc hồ sơ</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="105"/>
        <source>Hình thức kết thúc</source>
        <translation>How it ends</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="107"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="108"/>
        <source>Số giấy chứng nhận</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="109"/>
        <location filename="../desktop_app/ui/dialogs/records.py" line="167"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="118"/>
        <source>Kết thúc hồ sơ {category} của {name} (dự kiến đến {end})? Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.</source>
        <translation>Close the {category} case of {name} (planned until {end})? How: {how}, on {on}. Only the Police Chief can reopen a closed case.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="121"/>
        <source>Kết thúc hồ sơ {category} của {name}? Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.</source>
        <translation>Close the {category} case of {name}? How: {how}, on {on}. Only the Police Chief can reopen a closed case.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="124"/>
        <source>Không kết thúc</source>
        <translation>Do not close</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="141"/>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="152"/>
        <source>Mở lại hồ sơ</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="143"/>
        <source>Lý do mở lại *</source>
        <translation>Reason for reopening *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="144"/>
        <source>Ví dụ: kết thúc nhầm, có quyết định hủy</source>
        <translation>E.g. closed by mistake, decision annulled</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="150"/>
        <source>Mở lại hồ sơ {category} của {name}? Hồ sơ trở lại trạng thái đang quản lý; lý do được ghi vào nhật ký.</source>
        <translation>Reopen the {category} case of {name}? The case is under supervision again; the reason is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="153"/>
        <source>Không mở lại</source>
        <translation>Do not reopen</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="139"/>
        <source>Sửa hồ sơ quản lý</source>
        <translation>Edit the supervision case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="140"/>
        <source>Lập hồ sơ quản lý</source>
        <translation>Open a supervision case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="143"/>
        <source>Loại đối tượng *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="144"/>
        <source>— chọn loại đối tượng —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="146"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="147"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="148"/>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="149"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="150"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="152"/>
        <source>Ngày tuyên án sơ thẩm</source>
        <translation>First-instance judgment date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="153"/>
        <source>Ngày bắt đầu giám sát</source>
        <translation>Supervision start</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="154"/>
        <source>Thời hạn (tháng)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="155"/>
        <source>Thời hạn (ngày)</source>
        <translation>Term (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="156"/>
        <source>Số ngày tạm giữ, tạm giam (trừ 1 ngày = 3 ngày)</source>
        <translation>Custody days (deducted, 1 day = 3 days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="157"/>
        <source>Người giúp đỡ</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="158"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="161"/>
        <source>Cơ quan, tổ chức giám sát</source>
        <translation>Supervising organisation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="162"/>
        <source>Hình phạt chính (xóa án tích)</source>
        <translation>Main penalty (for record clearing)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="164"/>
        <source>Ngày chấp hành xong án phạt tù</source>
        <translation>Prison sentence completed on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="165"/>
        <source>Chưa xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Supplementary penalty or civil obligation not yet done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="166"/>
        <source>Tội xâm phạm an ninh quốc gia</source>
        <translation>National-security crime</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="193"/>
        <location filename="../desktop_app/ui/dialogs/records.py" line="196"/>
        <source>Tên đăng nhập: {login}</source>
        <translation>User name: {login}</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="288"/>
        <source>Sửa thăm gặp</source>
        <translation>Correct the visit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="289"/>
        <source>Ghi nhận thăm gặp</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="291"/>
        <source>Hình thức</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="293"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="294"/>
        <source>Chấp hành tốt</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="296"/>
        <source>Nội dung *</source>
        <translation>Content *</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="142"/>
        <source>(không ghi được tệp nhật ký)</source>
        <translation>(the log file could not be written)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="143"/>
        <source>Đã xảy ra lỗi không mong muốn. Cửa sổ vẫn mở, dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa hoàn tất, hãy kiểm tra lại rồi làm lại.

Chi tiết đã ghi vào {path}. Nếu lỗi lặp lại, hãy gửi tệp này cho người hỗ trợ.</source>
        <translation>An unexpected error occurred. The window stays open and saved data is not affected; the last action may not have completed, please check it and do it again.

The details were written to {path}. If the error happens again, send this file to your support contact.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="157"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="37"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="37"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="37"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="38"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="38"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="38"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="39"/>
        <source>Chủ Nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="91"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="92"/>
        <source>Gõ ngày như 1/11/2026, 01112026 hoặc 1/11/26; Alt+↓ mở lịch.</source>
        <translation>Type the date as 1/11/2026, 01112026 or 1/11/26 (day first); Alt+↓ opens the calendar.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="99"/>
        <source>Chọn trên lịch (Alt+↓)</source>
        <translation>Pick on the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/datefield.py" line="100"/>
        <source>Chọn trên lịch</source>
        <translation>Pick on the calendar</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="90"/>
        <source>Tạo văn bản</source>
        <translation>Make a document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="94"/>
        <source>Văn bản cho: {name}</source>
        <translation>Document for: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="99"/>
        <source>Gõ để lọc mẫu (ví dụ: cam kết, giấy phép)…</source>
        <translation>Type to filter the templates (e.g. commitment, permit)…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="103"/>
        <source>&amp;Chỉ các mẫu hợp với hồ sơ này</source>
        <translation>&amp;Only the forms that fit this file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="122"/>
        <source>Ngày văn bản:</source>
        <translation>Document&apos;s date:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="123"/>
        <source>Làm thêm bản PDF</source>
        <translation>Also make a PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="127"/>
        <source>Máy này chưa có LibreOffice (hoặc Word và docx2pdf trên Windows)</source>
        <translation>This computer has no LibreOffice (or Word with docx2pdf on Windows)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="135"/>
        <source>Văn bản đã tạo (lưu trong sổ, đã mã hóa) — Enter để mở lại:</source>
        <translation>Documents made (kept in the register, encrypted) — Enter to open again:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="146"/>
        <source>Tạo văn bản (Enter)</source>
        <translation>Make the document (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="150"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="183"/>
        <source>Đã ghi lại bản đã lưu: {path}</source>
        <translation>The kept copy written again: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="238"/>
        <source>Không có mẫu nào khớp.</source>
        <translation>No template matches.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="244"/>
        <source>Căn cứ: {basis}. Phiên bản {version}, hiệu lực {start} – {end}.</source>
        <translation>Basis: {basis}. Version {version}, valid {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="282"/>
        <source>Ngày văn bản không hợp lệ.</source>
        <translation>The document&apos;s date is not valid.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="290"/>
        <source>Đang tạo văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="295"/>
        <source>Đã tạo văn bản số {number}: {path}</source>
        <translation>Document {number} written: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="297"/>
        <source>Bản PDF: {path}</source>
        <translation>PDF: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="298"/>
        <source>Không làm được bản PDF trên máy này.</source>
        <translation>This computer cannot make a PDF.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/documents.py" line="310"/>
        <source>Không tạo được văn bản: {error}</source>
        <translation>The document could not be made: {error}</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="33"/>
        <source>Đánh giá định kỳ</source>
        <translation>Periodic assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="34"/>
        <source>Thăm gặp</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="35"/>
        <source>Sắp hết thời hạn</source>
        <translation>Term ending soon</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="36"/>
        <source>Đến hạn xóa án tích / coi như chưa bị áp dụng</source>
        <translation>Record clearing / treated as never applied</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="37"/>
        <source>Rà soát, phân loại</source>
        <translation>Review and classification</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="39"/>
        <source>Xóa án tích (cần quyết định của Tòa án)</source>
        <translation>Record clearing (court decision needed)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="40"/>
        <source>Được coi là chưa bị áp dụng</source>
        <translation>Treated as never applied</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="41"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Propose that the court order the prison sentence served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="95"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="96"/>
        <source>Loại đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="96"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="111"/>
        <source>Đến hạn</source>
        <translation>Comes due</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="126"/>
        <location filename="../desktop_app/ui/pages/due.py" line="233"/>
        <source>%Ln việc</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="128"/>
        <location filename="../desktop_app/ui/pages/due.py" line="232"/>
        <source>{items}, trong đó %Ln việc quá hạn</source>
        <translation>
            <numerusform>{items}, %Ln overdue</numerusform>
            <numerusform>{items}, %Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="141"/>
        <source>Quá hạn %n ngày</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="143"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/due.py" line="144"/>
        <source>Còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="160"/>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="161"/>
        <source>Tôi phụ trách</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="166"/>
        <source>Ghi nhận (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="170"/>
        <source>Mở hồ sơ</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="173"/>
        <source>Tạo văn bản (Ctrl+D)</source>
        <translation>Make a document (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/due.py" line="178"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>DueKinds</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="70"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="71"/>
        <source>Thăm gặp</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="72"/>
        <source>Sắp hết hạn</source>
        <translation>Ending soon</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="73"/>
        <source>Xóa án tích</source>
        <translation>Record clearing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="74"/>
        <source>Xóa án tích (cần quyết định của Tòa án)</source>
        <translation>Record clearing (court decision needed)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="75"/>
        <source>Được coi là chưa bị áp dụng</source>
        <translation>Treated as never applied</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="76"/>
        <source>Rà soát</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="77"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Propose that the court order the prison sentence served</translation>
    </message>
</context>
<context>
    <name>DueNotes</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="78"/>
        <source>Đương nhiên được xóa án tích (Bộ luật Hình sự Điều 70(2))</source>
        <translation>Record cleared by law (Criminal Code, Article 70(2))</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="79"/>
        <source>Cần quyết định của Tòa án (Bộ luật Hình sự Điều 71)</source>
        <translation>Needs a court decision (Criminal Code, Article 71)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="80"/>
        <source>Được coi là chưa bị áp dụng biện pháp xử lý hành chính (Luật XLVPHC Điều 137)</source>
        <translation>Deemed never subject to an administrative measure (Law on Handling Administrative Violations, Article 137)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="81"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Ask the court to order the prison sentence served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="82"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù ({basis})</source>
        <translation>Ask the court to order the prison sentence served ({basis})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="484"/>
        <location filename="../desktop_app/ui/dialogs/form.py" line="512"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/texts.py" line="217"/>
        <source>Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau %n giây.</source>
        <translation>
            <numerusform>Account locked after repeated wrong passwords; try again in %n second.</numerusform>
            <numerusform>Account locked after repeated wrong passwords; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="219"/>
        <source>Tài khoản đã bị vô hiệu hóa.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="221"/>
        <source>Tài khoản không có chứng nhận hợp lệ của trưởng công an (vai trò, đơn vị hoặc khóa của tài khoản không khớp); hãy báo trưởng công an.</source>
        <translation>This account has no valid certificate from the chief (its role, unit or keys do not match); tell the chief.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="223"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="225"/>
        <source>Vai trò của bạn không được phép thực hiện thao tác này.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="227"/>
        <source>Không tìm thấy bản ghi (có thể đã bị xóa).</source>
        <translation>Record not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="230"/>
        <source>Ổ đĩa đã đầy: thao tác chưa được ghi, dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>The disk is full: nothing was saved; the existing data is intact.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="231"/>
        <source>Tệp dữ liệu bị hỏng hoặc không phải sổ WardBook; dữ liệu không bị thay đổi.</source>
        <translation>The data file is damaged or is not a WardBook register; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="232"/>
        <source>Chưa có sổ đăng ký trong thư mục dữ liệu.</source>
        <translation>There is no register in the data folder.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="233"/>
        <source>Thư mục dữ liệu đã có sổ đăng ký.</source>
        <translation>The data folder already holds a register.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="234"/>
        <source>Không dùng được sổ đăng ký: {code}</source>
        <translation>The register cannot be used: {code}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="235"/>
        <source>Lỗi không mong đợi: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="318"/>
        <source>A — Tốt: ổn định, chấp hành nghiêm</source>
        <translation>A — Good: stable, fully compliant</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="319"/>
        <source>B — Khá: chấp hành pháp luật, còn khó khăn</source>
        <translation>B — Fair: law-abiding, with hardship</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="320"/>
        <source>C — Chưa tốt: không chấp hành, có nguy cơ vi phạm</source>
        <translation>C — Poor: not compliant, at risk of offending</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="321"/>
        <source>D — Đang bị tạm giữ, tạm giam</source>
        <translation>D — In custody or detention</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="331"/>
        <source>Sửa nhận xét, đánh giá</source>
        <translation>Correct the assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="332"/>
        <source>Nhận xét, đánh giá định kỳ</source>
        <translation>Periodic assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="336"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="337"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="337"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="338"/>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="338"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="340"/>
        <source>Từ ngày (đầu kỳ)</source>
        <translation>From (start of the period)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="341"/>
        <source>Nhận xét của người giúp đỡ</source>
        <translation>Helper&apos;s comments</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="342"/>
        <source>Đánh giá của Công an xã</source>
        <translation>Commune police assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="343"/>
        <source>Xếp loại</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="344"/>
        <source>(chưa xếp loại)</source>
        <translation>(not graded)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="347"/>
        <source>Đã nhận bản tự nhận xét</source>
        <translation>Self-report received</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="38"/>
        <source>Biến động hồ sơ</source>
        <translation>Case change</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="44"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="46"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="47"/>
        <source>Số tháng</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="48"/>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="49"/>
        <source>Xã, phường chuyển đến/đi</source>
        <translation>Commune/ward transferred to/from</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="50"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="51"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop_app/ui/exporting.py" line="26"/>
        <source>Xuất ra Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/exporting.py" line="27"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/exporting.py" line="42"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/exporting.py" line="43"/>
        <source>Đã ghi %Ln dòng vào tệp:
{path}</source>
        <translation>
            <numerusform>Wrote %Ln row to:
{path}</numerusform>
            <numerusform>Wrote %Ln rows to:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="83"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="84"/>
        <source>Họ</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="85"/>
        <source>Chữ đệm</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="86"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="87"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="88"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="89"/>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="90"/>
        <source>Giấy tờ cũ</source>
        <translation>Old ID documents</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="91"/>
        <source>Nơi thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="92"/>
        <source>Nơi ở hiện tại</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="93"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="94"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="95"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="96"/>
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="97"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="98"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="99"/>
        <source>Thời hạn (tháng)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="100"/>
        <source>Người giúp đỡ</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="101"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="102"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="103"/>
        <source>Ngày hiệu lực</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="104"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="105"/>
        <source>Ngày kết thúc thực tế</source>
        <translation>Actual end date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="106"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="107"/>
        <source>Kỳ đánh giá</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="108"/>
        <source>Ngày tiếp nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="109"/>
        <source>Người báo tin</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="110"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="111"/>
        <source>Ngày thành lập</source>
        <translation>Established on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="112"/>
        <source>Đối tượng</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="113"/>
        <source>Hồ sơ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="114"/>
        <source>Loại đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="115"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="116"/>
        <source>Số tháng</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="117"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="118"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="119"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="120"/>
        <source>Mã QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="121"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="122"/>
        <source>Đơn vị chuyển đến/đi</source>
        <translation>Unit transferred to/from</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="123"/>
        <source>Cha mẹ cùng ký</source>
        <translation>Parent co-signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="124"/>
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="125"/>
        <source>Tự khóa sau (phút)</source>
        <translation>Auto-lock after (minutes)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="126"/>
        <source>Tự động đồng bộ mỗi (phút)</source>
        <translation>Sync automatically every (minutes)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="127"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="128"/>
        <source>Hành vi vi phạm</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="129"/>
        <source>Nặc danh</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="130"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="131"/>
        <source>Người chủ trì</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="132"/>
        <source>Hình thức tiếp nhận</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="133"/>
        <source>Đã ký cam kết</source>
        <translation>Commitment signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="134"/>
        <source>Số giấy chứng nhận chấp hành xong</source>
        <translation>Completion certificate number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="135"/>
        <source>Ngày chấp hành xong</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="136"/>
        <source>Chấp hành tốt</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="137"/>
        <source>Ngày kết thúc dự kiến</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="138"/>
        <source>Tính vào thời hạn</source>
        <translation>Counted toward the term</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="139"/>
        <source>Nơi đến</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="140"/>
        <source>Hết thời gian theo dõi</source>
        <translation>End of follow-up</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="141"/>
        <source>Hình thức xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="142"/>
        <source>Nhận xét của người giúp đỡ</source>
        <translation>Helper&apos;s comment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="143"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="144"/>
        <source>Bản án</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="145"/>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="146"/>
        <source>Người chưa thành niên</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="147"/>
        <source>Lý do vượt cảnh báo</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="148"/>
        <source>Lý do vượt cảnh báo CCCD</source>
        <translation>CCCD warning override reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="149"/>
        <source>Loại kỳ</source>
        <translation>Period kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="150"/>
        <source>Được phép</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="151"/>
        <source>Đánh giá của công an</source>
        <translation>Police assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="152"/>
        <source>Số biên bản</source>
        <translation>Record number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="153"/>
        <source>Liên lạc của người báo tin</source>
        <translation>Reporter&apos;s contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="154"/>
        <source>Ngày rà soát</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="155"/>
        <source>Đã nhận bản tự nhận xét</source>
        <translation>Self-report received</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="156"/>
        <source>Loại hình phạt</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="157"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="158"/>
        <source>Cơ quan giám sát</source>
        <translation>Supervising body</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="159"/>
        <source>Hình phạt bổ sung</source>
        <translation>Supplementary penalty</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="160"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="161"/>
        <source>Thời hạn (ngày)</source>
        <translation>Term (days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="162"/>
        <source>Ngày tuyên án sơ thẩm</source>
        <translation>First-instance judgment date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="163"/>
        <source>Ngày bắt đầu giám sát</source>
        <translation>Supervision start</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="164"/>
        <source>Số ngày tạm giữ, tạm giam đã trừ</source>
        <translation>Custody days deducted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="165"/>
        <source>Ngày chấp hành xong án phạt tù</source>
        <translation>Prison sentence completed on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="166"/>
        <source>Chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Supplementary penalty or civil obligation not yet done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="167"/>
        <source>Ngày chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Supplementary penalty and civil obligation done on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="168"/>
        <source>Tội xâm phạm an ninh quốc gia</source>
        <translation>National-security crime</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="169"/>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="170"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="171"/>
        <source>Chuyển đến xã</source>
        <translation>Transfer to commune</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="80"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="81"/>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="243"/>
        <source>Cảnh báo: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="301"/>
        <source>Chưa nhập hoặc sửa gì nên không có gì để lưu. Nhập vào các ô rồi bấm Lưu (Ctrl+S), hoặc Esc để đóng.</source>
        <translation>Nothing was entered or changed, so there is nothing to save. Fill in the fields and press Save (Ctrl+S), or Esc to close.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="423"/>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="424"/>
        <source>Bỏ những gì đã nhập?</source>
        <translation>Discard what you have entered?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="426"/>
        <source>Bỏ, đóng hộp này</source>
        <translation>Discard and close</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/form.py" line="427"/>
        <source>Không, nhập tiếp</source>
        <translation>No, keep editing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_base.py" line="31"/>
        <source>Lý do vẫn lưu</source>
        <translation>Reason to save anyway</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/record_base.py" line="32"/>
        <source>Bắt buộc khi có cảnh báo</source>
        <translation>Required when there is a warning</translation>
    </message>
</context>
<context>
    <name>Genders</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="172"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="173"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="174"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="35"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="47"/>
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="35"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="48"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="36"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="49"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="37"/>
        <source>Nghi trùng</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="37"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="41"/>
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="41"/>
        <source>hồ sơ</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="43"/>
        <source>Tất cả (lỗi, nghi trùng lên đầu)</source>
        <translation>All (errors and possible duplicates first)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="44"/>
        <source>Cần xử lý: lỗi và nghi trùng</source>
        <translation>To handle: errors and possible duplicates</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="45"/>
        <source>Chỉ lỗi</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="46"/>
        <source>Chỉ nghi trùng</source>
        <translation>Possible duplicates only</translation>
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
            <numerusform>%Ln attendee added</numerusform>
            <numerusform>%Ln attendees added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="67"/>
        <source>ghi nhận %Ln bản cam kết</source>
        <translation>
            <numerusform>%Ln commitment recorded</numerusform>
            <numerusform>%Ln commitments recorded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="132"/>
        <source>Chọn tệp Excel/CSV…</source>
        <translation>Choose an Excel/CSV file…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="136"/>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="140"/>
        <source>Kiểm tra (chưa ghi)</source>
        <translation>Check (writes nothing)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="144"/>
        <location filename="../desktop_app/ui/pages/importing.py" line="371"/>
        <source>Nhập vào sổ</source>
        <translation>Import into the register</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="146"/>
        <source>Chỉ bật sau khi đã kiểm tra đúng tệp này và tệp chưa bị sửa.</source>
        <translation>Enabled only after this very file was checked and has not changed since.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="149"/>
        <source>Lưu tệp mẫu…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="155"/>
        <source>Một tệp có thể gồm các trang: người và hồ sơ, tin tố giác, buổi răn đe, mô hình — nhận ra theo tên trang hoặc dòng tiêu đề. “Kiểm tra” chạy thử toàn bộ mà không ghi gì; dòng lỗi và dòng nghi trùng không bao giờ được ghi.</source>
        <translation>A file may hold sheets of people and cases, crime tips, warning sessions and security models — recognised by the sheet name or the header row. “Check” runs the whole import without writing anything; rows with errors and possible duplicates are never written.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="170"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="195"/>
        <source>Hiển thị:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="208"/>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="209"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="210"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="211"/>
        <source>Nội dung dòng</source>
        <translation>Row content</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="212"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="213"/>
        <source>Thông báo</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="226"/>
        <source>Chọn tệp cần nhập</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="227"/>
        <source>Bảng tính (*.xlsx *.xlsm *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="243"/>
        <source>Bấm “Kiểm tra” để xem trước kết quả từng dòng; chưa có gì được ghi.</source>
        <translation>Press “Check” to preview every row&apos;s result; nothing has been written.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="247"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="253"/>
        <source>Đang ghi tệp mẫu…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="255"/>
        <source>Đã ghi tệp mẫu {path}</source>
        <translation>Template written to {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="294"/>
        <source>Đang xử lý trang “{sheet}”: {done}/%Ln dòng…</source>
        <translation>
            <numerusform>Sheet “{sheet}”: {done}/%Ln row…</numerusform>
            <numerusform>Sheet “{sheet}”: {done}/%Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="316"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="320"/>
        <source>Đã dừng: chưa ghi gì vào sổ.</source>
        <translation>Stopped: nothing was written to the register.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="325"/>
        <source>Không thực hiện được: {msg}</source>
        <translation>Could not be done: {msg}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="339"/>
        <source>Đang kiểm tra {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="352"/>
        <source>Không đọc được tệp — xem thông báo trong bảng.</source>
        <translation>The file cannot be read — see the messages in the table.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="354"/>
        <source>Không tìm thấy dòng dữ liệu nào để nhập.</source>
        <translation>No data rows found to import.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="356"/>
        <source>Kiểm tra xong: không có dòng nào cần ghi vào sổ (chỉ có dòng lỗi, nghi trùng hoặc không đổi). Sửa tệp rồi bấm “Kiểm tra” lại.</source>
        <translation>Checked: there is no row to write into the register (only rows with errors, possible duplicates or no change). Correct the file, then press “Check” again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="359"/>
        <source>Kiểm tra xong, chưa ghi gì. “Nhập vào sổ” sẽ ghi %Ln dòng hợp lệ; dòng lỗi và nghi trùng sẽ không được ghi.</source>
        <translation>
            <numerusform>Check done, nothing written. “Import into the register” will write %Ln valid row; rows with errors and possible duplicates will not be written.</numerusform>
            <numerusform>Check done, nothing written. “Import into the register” will write %Ln valid rows; rows with errors and possible duplicates will not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="372"/>
        <source>{errors} và {duplicates} sẽ KHÔNG được ghi. Ghi %Ln dòng còn lại?</source>
        <translation>
            <numerusform>{errors} and {duplicates} will NOT be written. Write the other %Ln row?</numerusform>
            <numerusform>{errors} and {duplicates} will NOT be written. Write the other %Ln rows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="374"/>
        <source>%Ln dòng lỗi</source>
        <translation>
            <numerusform>%Ln row with errors</numerusform>
            <numerusform>%Ln rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="375"/>
        <source>%Ln dòng nghi trùng</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="392"/>
        <source>Đang nhập {name} vào sổ…</source>
        <translation>Importing {name} into the register…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="398"/>
        <source>Tệp đã bị sửa sau khi kiểm tra: chưa ghi gì. Hãy bấm “Kiểm tra” lại.</source>
        <translation>The file changed after the check: nothing was written. Press “Check” again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="403"/>
        <source>Đã nhập vào sổ: {c} tạo mới, {u} cập nhật, {s} không đổi.</source>
        <translation>Imported: {c} created, {u} updated, {s} unchanged.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="414"/>
        <source>Kết quả kiểm tra (chưa ghi)</source>
        <translation>Check result (nothing written)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="414"/>
        <source>Kết quả nhập</source>
        <translation>Import result</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="417"/>
        <source>&lt;b&gt;{head}:&lt;/b&gt; %Ln dòng dữ liệu</source>
        <translation>
            <numerusform>&lt;b&gt;{head}:&lt;/b&gt; %Ln data row</numerusform>
            <numerusform>&lt;b&gt;{head}:&lt;/b&gt; %Ln data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="418"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; tạo mới</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; created</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="419"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; cập nhật</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; updated</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="420"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; không đổi</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; unchanged</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="421"/>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; nghi trùng&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; possible duplicate&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#8a5a00&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; possible duplicates&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="422"/>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; dòng lỗi&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a40000&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; row with errors&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#a40000&apos;&gt;&lt;b&gt;%Ln&lt;/b&gt; rows with errors&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="425"/>
        <source>; bỏ qua %Ln dòng trống</source>
        <translation>
            <numerusform>; %Ln blank row skipped</numerusform>
            <numerusform>; %Ln blank rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/importing.py" line="428"/>
        <source>Trang đã nhận ra: {names}</source>
        <translation>Sheets recognised: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="431"/>
        <source>%Ln dòng nghi trùng với người đã có trong sổ hoặc trong tệp được giữ lại, không ghi: cần người kiểm tra xác nhận — nếu đúng là người khác, bổ sung số CCCD vào tệp rồi nhập lại; nếu là cùng một người, sửa trong hồ sơ đã có.</source>
        <translation>
            <numerusform>%Ln row looks like a person already in the register or elsewhere in the file and was held back, not written: someone must check it — if it is a different person, add the CCCD number to the file and import again; if it is the same person, edit the existing file.</numerusform>
            <numerusform>%Ln rows look like people already in the register or elsewhere in the file and were held back, not written: someone must check them — if they are different people, add the CCCD numbers to the file and import again; if they are the same people, edit the existing files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/importing.py" line="447"/>
        <source>{n} / %Ln dòng</source>
        <translation>
            <numerusform>{n} of %Ln row</numerusform>
            <numerusform>{n} of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../desktop_app/ui/login.py" line="237"/>
        <source>WardBook — Đã khóa — {user}</source>
        <translation>WardBook — Locked — {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="240"/>
        <source>Đã khóa — {user}</source>
        <translation>Locked — {user}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="242"/>
        <source>Tên đăng nhập: {login}</source>
        <translation>User name: {login}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="245"/>
        <source>Màn hình đã tự khóa do không thao tác. Nhập mật khẩu để tiếp tục.</source>
        <translation>The screen locked itself after a time without activity. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="247"/>
        <source>Bạn đã khóa màn hình. Nhập mật khẩu để tiếp tục.</source>
        <translation>You locked the screen. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="254"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="262"/>
        <source>Chưa nhập mật khẩu.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="272"/>
        <source>Sai mật khẩu.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../desktop_app/ui/login.py" line="51"/>
        <source>Ngôn ngữ / Language:</source>
        <translation>Language / Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="183"/>
        <source>WardBook — Đăng nhập</source>
        <translation>WardBook — Sign in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="189"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="190"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="193"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="205"/>
        <source>Chưa nhập tên đăng nhập.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="209"/>
        <source>Chưa nhập mật khẩu.</source>
        <translation>Enter your password.</translation>
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
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="281"/>
        <source>Người và hồ sơ</source>
        <translation>People and cases</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="282"/>
        <source>Việc đến hạn</source>
        <translation>Due work</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="283"/>
        <source>Buổi răn đe, giáo dục</source>
        <translation>Warning sessions</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="284"/>
        <source>Tin tố giác tội phạm</source>
        <translation>Crime tips</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="285"/>
        <source>Mô hình phong trào</source>
        <translation>Security models</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="286"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="287"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="288"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="289"/>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="310"/>
        <source>Phím tắt: {key}</source>
        <translation>Shortcut: {key}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="318"/>
        <source>Đơn vị: {name} ({code})</source>
        <translation>Unit: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="319"/>
        <source>Người dùng: {user} — {role}</source>
        <translation>User: {user} — {role}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="329"/>
        <source>Khóa (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="330"/>
        <source>Khóa màn hình ngay; mở lại bằng mật khẩu. Dữ liệu đang nhập được giữ nguyên.</source>
        <translation>Lock the screen now; it opens again with your password. Unsaved input is kept.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="339"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="433"/>
        <source>Chưa đăng ký đồng bộ — %Ln thay đổi chờ gửi</source>
        <translation>
            <numerusform>Sync not set up — %Ln change waiting</numerusform>
            <numerusform>Sync not set up — %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="435"/>
        <source>Đồng bộ lỗi — %Ln thay đổi chờ gửi</source>
        <translation>
            <numerusform>Sync failed — %Ln change waiting</numerusform>
            <numerusform>Sync failed — %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="437"/>
        <source>Đã đồng bộ lúc {at}</source>
        <translation>Synced at {at}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="439"/>
        <source>%Ln thay đổi chờ gửi</source>
        <translation>
            <numerusform>%Ln change waiting to send</numerusform>
            <numerusform>%Ln changes waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="445"/>
        <source>%Ln xung đột</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/main_window.py" line="447"/>
        <source>%Ln thay đổi bị từ chối</source>
        <translation>
            <numerusform>%Ln change rejected</numerusform>
            <numerusform>%Ln changes rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="449"/>
        <source> · cần xem: {items}</source>
        <translation> · to review: {items}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="451"/>
        <source> · Đồng hồ máy tính chạy nhanh</source>
        <translation> · This computer&apos;s clock runs fast</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="454"/>
        <source>Đồng bộ thành công lần cuối: {at}</source>
        <translation>Last successful sync: {at}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="465"/>
        <source>Bấm để mở trang Đồng bộ.</source>
        <translation>Click to open the Sync page.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="468"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="21"/>
        <source>Sửa mô hình</source>
        <translation>Edit security model</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="21"/>
        <location filename="../desktop_app/ui/pages/models.py" line="74"/>
        <source>Thêm mô hình</source>
        <translation>Add model</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="23"/>
        <source>Tên mô hình *</source>
        <translation>Model name *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="24"/>
        <source>Loại mô hình</source>
        <translation>Kind of model</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="25"/>
        <location filename="../desktop_app/ui/pages/models.py" line="82"/>
        <source>Địa bàn</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="26"/>
        <source>ví dụ: Thôn Đông (gõ vài chữ để chọn địa bàn đã có)</source>
        <translation>e.g. Thôn Đông (type a few letters to pick an area already used)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="31"/>
        <location filename="../desktop_app/ui/pages/models.py" line="83"/>
        <source>Ngày thành lập</source>
        <translation>Established on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="32"/>
        <location filename="../desktop_app/ui/pages/models.py" line="84"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="60"/>
        <source>Mọi loại mô hình</source>
        <translation>All kinds of model</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="68"/>
        <source>Mọi địa bàn</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="74"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="80"/>
        <source>Tên mô hình</source>
        <translation>Model name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="81"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/models.py" line="115"/>
        <source>{models} ở %Ln địa bàn</source>
        <translation>
            <numerusform>{models} in %Ln area</numerusform>
            <numerusform>{models} in %Ln areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/models.py" line="116"/>
        <source>%Ln mô hình</source>
        <translation>
            <numerusform>%Ln model</numerusform>
            <numerusform>%Ln models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Officer</name>
    <message>
        <location filename="../desktop_app/ui/texts.py" line="66"/>
        <source>Tên đăng nhập: {login}</source>
        <translation>User name: {login}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="75"/>
        <source>Hồ sơ đang quản lý</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="76"/>
        <source>Việc quá hạn</source>
        <translation>Overdue work</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="77"/>
        <source>Việc đến hạn trong 7 ngày</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="78"/>
        <source>Tin tố giác 12 tháng qua (có giá trị)</source>
        <translation>Crime tips, last 12 months (valuable)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="79"/>
        <source>Lượt tham dự răn đe, giáo dục 12 tháng qua</source>
        <translation>Warning session attendances, last 12 months</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="86"/>
        <source>Hồ sơ đang quản lý theo loại đối tượng</source>
        <translation>Active cases by category</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="87"/>
        <source>Việc đến hạn</source>
        <translation>Due work</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="88"/>
        <source>Tin tố giác theo tháng</source>
        <translation>Crime tips by month</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="89"/>
        <source>Lượt tham dự buổi răn đe theo tháng</source>
        <translation>Warning session attendances by month</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="117"/>
        <source>Hồ sơ</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="120"/>
        <source>Số việc</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="122"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="122"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="126"/>
        <source>Tháng, từ {first} đến {last}</source>
        <translation>Months, {first} to {last}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="128"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="128"/>
        <source>Có giá trị</source>
        <translation>Valuable</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/overview.py" line="132"/>
        <source>Lượt tham dự</source>
        <translation>Attendances</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="35"/>
        <source>tên gọi khác</source>
        <translation>other names</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="35"/>
        <source>nơi thường trú</source>
        <translation>permanent address</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="36"/>
        <source>số CMND/CCCD cũ</source>
        <translation>old ID number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="43"/>
        <source>khớp: {fields}</source>
        <translation>matched: {fields}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="61"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="61"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="61"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="62"/>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="62"/>
        <source>Nơi ở hiện tại</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="62"/>
        <source>Loại đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="63"/>
        <source>Hồ sơ đang quản lý</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="133"/>
        <source>Người này hiện ra vì từ tìm kiếm có trong: {fields} (không hiện trong bảng)</source>
        <translation>Listed because the search words are in: {fields} (not shown in the table)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="159"/>
        <source>Tìm theo tên (gõ không dấu được), số CCCD, địa chỉ… (Ctrl+F)</source>
        <translation>Search by name (accents optional), CCCD number, address… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="163"/>
        <source>Mọi loại đối tượng</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="168"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="173"/>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="174"/>
        <source>Tôi phụ trách</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="178"/>
        <source>Mọi hạn</source>
        <translation>Due or not</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="179"/>
        <source>Có việc đến hạn</source>
        <translation>With due work</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="180"/>
        <source>Có việc quá hạn</source>
        <translation>With overdue work</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="181"/>
        <source>Những người có việc trong danh sách Việc đến hạn (đánh giá, thăm gặp, hồ sơ sắp hết hạn, xóa án tích)</source>
        <translation>People with work on the Due list (assessments, visits, cases ending soon, records to clear)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="184"/>
        <source>Thêm người (Ctrl+N)</source>
        <translation>Add person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="186"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/people.py" line="188"/>
        <source>Ghi toàn bộ danh sách đang lọc ra tệp Excel (có ghi nhật ký)</source>
        <translation>Save the whole filtered list to an Excel file (recorded in the audit log)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/people.py" line="282"/>
        <source>Hiển thị {shown} / %Ln người</source>
        <translation>
            <numerusform>Showing {shown} of %Ln person</numerusform>
            <numerusform>Showing {shown} of %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="33"/>
        <source>Sửa nhân thân</source>
        <translation>Edit identity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="33"/>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="35"/>
        <source>Quét mã QR CCCD</source>
        <translation>Scan the CCCD QR code</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="36"/>
        <source>Đặt con trỏ ở đây rồi quét thẻ</source>
        <translation>Put the cursor here, then scan the card</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="38"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="39"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="39"/>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="55"/>
        <source>dd/mm/yyyy, mm/yyyy hoặc yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="40"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="41"/>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="42"/>
        <source>Nơi thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="43"/>
        <source>Xã, phường thường trú</source>
        <translation>Commune/ward of permanent residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="44"/>
        <source>Nơi ở hiện tại</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="45"/>
        <source>Xã, phường nơi ở</source>
        <translation>Commune/ward of current residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="46"/>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="47"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="49"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="50"/>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="51"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PersonFile</name>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="59"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="59"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="60"/>
        <source>6 tháng</source>
        <translation>Half year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="60"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="61"/>
        <source>Có phép</source>
        <translation>Permitted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="62"/>
        <source>Không phép</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="125"/>
        <source>Hồ sơ đối tượng</source>
        <translation>Person&apos;s file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="142"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="374"/>
        <source>(chưa có ảnh)</source>
        <translation>(no photo)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="151"/>
        <source>Chọn ảnh…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="155"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="401"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="403"/>
        <source>Bỏ ảnh</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="162"/>
        <source>Nhân thân</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="165"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="54"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="166"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="55"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="167"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="56"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="168"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="57"/>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="169"/>
        <source>Giấy tờ cũ</source>
        <translation>Old ID documents</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="170"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="58"/>
        <source>Nơi thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="171"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="59"/>
        <source>Nơi ở hiện tại</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="172"/>
        <source>Dân tộc / Tôn giáo</source>
        <translation>Ethnicity / Religion</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="177"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="185"/>
        <source>Sửa nhân thân</source>
        <translation>Edit identity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="186"/>
        <source>Lập hồ sơ mới</source>
        <translation>Open a new case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="187"/>
        <source>Sửa hồ sơ quản lý</source>
        <translation>Edit the supervision case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="188"/>
        <source>Ghi thăm gặp (Ctrl+G)</source>
        <translation>Record a visit (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="189"/>
        <source>Đánh giá định kỳ</source>
        <translation>Periodic assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="190"/>
        <source>Vắng mặt</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="191"/>
        <source>Vi phạm</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="192"/>
        <source>Gia hạn / chuyển</source>
        <translation>Extend / transfer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="193"/>
        <source>Kết thúc hồ sơ</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="194"/>
        <source>Mở lại hồ sơ</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="195"/>
        <source>Chuyển địa bàn</source>
        <translation>Transfer to another commune</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="205"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="210"/>
        <source>Tạo văn bản (Ctrl+D)</source>
        <translation>Make a document (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="215"/>
        <source>In hồ sơ (Ctrl+P)</source>
        <translation>Print the file (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="229"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="239"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="75"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="229"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="230"/>
        <source>Số QĐ</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="230"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="231"/>
        <source>Kết thúc dự kiến</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="231"/>
        <source>Người giúp đỡ</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="232"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="239"/>
        <location filename="../desktop_app/ui/pages/person_file.py" line="263"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="75"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="81"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="240"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="240"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="75"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="242"/>
        <source>Enter hoặc nhấp đúp: sửa mục đã chọn; Delete: xóa</source>
        <translation>Enter or double-click: correct the selected line; Delete: remove it</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="251"/>
        <source>Sửa mục đã chọn</source>
        <translation>Correct selected</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="255"/>
        <source>Xóa mục đã chọn</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="263"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="81"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="264"/>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="82"/>
        <source>Nội dung buổi răn đe</source>
        <translation>Warning session topic</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="329"/>
        <source>Hồ sơ: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="338"/>
        <source>(không có quyền xem)</source>
        <translation>(not permitted to view)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/person_file.py" line="352"/>
        <source>Hồ sơ quản lý, giáo dục: %n</source>
        <translation>
            <numerusform>Cases under management: %n</numerusform>
            <numerusform>Cases under management: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/person_file.py" line="353"/>
        <source>Buổi răn đe, giáo dục đã tham dự: %n</source>
        <translation>
            <numerusform>Warning and education sessions attended: %n</numerusform>
            <numerusform>Warning and education sessions attended: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="373"/>
        <source>(ảnh chưa về, sẽ có sau lần đồng bộ tới)</source>
        <translation>(photo not here yet; it comes with the next sync)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="382"/>
        <source>Chọn ảnh của đối tượng</source>
        <translation>Choose the person&apos;s photo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="383"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="389"/>
        <source>Tệp này không phải ảnh hoặc đã hỏng: {path}</source>
        <translation>This file is not a picture or is damaged: {path}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="390"/>
        <source>Không đọc được ảnh</source>
        <translation>Cannot read the picture</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="402"/>
        <source>Bỏ ảnh của {name} khỏi hồ sơ?</source>
        <translation>Remove {name}&apos;s photo from the file?</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="403"/>
        <source>Giữ ảnh</source>
        <translation>Keep photo</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/person_file.py" line="416"/>
        <source>Diễn biến — {category}: %n mục</source>
        <translation>
            <numerusform>Timeline — {category}: %n entry</numerusform>
            <numerusform>Timeline — {category}: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="419"/>
        <source>Diễn biến: chưa có hồ sơ</source>
        <translation>Timeline: no case yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="422"/>
        <source>{kind} (đã sửa)</source>
        <translation>{kind} (corrected)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="430"/>
        <source>Đã sửa sau khi ghi; nội dung cũ còn trong nhật ký</source>
        <translation>Corrected after it was recorded; the old content is in the audit log</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="477"/>
        <source>{kind} ngày {date}</source>
        <translation>{kind} of {date}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="481"/>
        <source>Xóa {what} khỏi hồ sơ của {name}? Mục này biến khỏi diễn biến; nội dung cũ vẫn còn trong nhật ký.</source>
        <translation>Remove the {what} from {name}&apos;s file? It leaves the timeline; the old content stays in the audit log.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="484"/>
        <source>Xóa mục</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="485"/>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="485"/>
        <source>Giữ lại</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="503"/>
        <source>{name} chưa có hồ sơ quản lý nào: lập hồ sơ trước (nút “Lập hồ sơ mới”).</source>
        <translation>{name} has no supervision case yet: open one first (the “Open a new case” button).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file.py" line="505"/>
        <source>Chưa có hồ sơ</source>
        <translation>No case yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="60"/>
        <source>HỒ SƠ ĐỐI TƯỢNG</source>
        <translation>PERSON&apos;S FILE</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="61"/>
        <source>QĐ số</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="79"/>
        <source>Buổi răn đe, giáo dục đã tham dự</source>
        <translation>Warning and education sessions attended</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/person_file_print.py" line="87"/>
        <source>In bởi {user} lúc {at} — tài liệu có dữ liệu cá nhân, không sao chép</source>
        <translation>Printed by {user} at {at} — contains personal data, do not copy</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="175"/>
        <source>không được để trống</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="176"/>
        <source>phải có 12 chữ số (đã nhập {got})</source>
        <translation>must have 12 digits (got {got})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="177"/>
        <source>chỉ được gồm chữ số</source>
        <translation>must contain digits only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="178"/>
        <source>mã tỉnh nơi đăng ký khai sinh {code} không hợp lệ</source>
        <translation>birth-registration province code {code} is not valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="179"/>
        <source>chữ số thứ 4 ({digit}) không hợp lệ</source>
        <translation>the 4th digit ({digit}) is not valid</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="180"/>
        <source>năm sinh theo CCCD ({cccd_year}) khác năm sinh đã nhập ({birth_year})</source>
        <translation>the CCCD birth year ({cccd_year}) differs from the birth year entered ({birth_year})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="181"/>
        <source>giới tính theo CCCD khác giới tính đã nhập</source>
        <translation>the CCCD gender differs from the gender entered</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="182"/>
        <source>đã có người mang số CCCD này ({name})</source>
        <translation>another person has this CCCD number ({name})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="183"/>
        <source>ngày không đúng định dạng dd/mm/yyyy: {value}</source>
        <translation>not a dd/mm/yyyy date: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="184"/>
        <source>ngày không tồn tại: {value}</source>
        <translation>no such date: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="185"/>
        <source>năm nằm ngoài khoảng {min}–{max}</source>
        <translation>the year is outside {min}–{max}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="186"/>
        <source>không được là ngày trong tương lai ({value})</source>
        <translation>must not be in the future ({value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="187"/>
        <source>ngày quá xa trong quá khứ</source>
        <translation>the date is too far in the past</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="188"/>
        <source>ngày quá xa trong tương lai</source>
        <translation>the date is too far in the future</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="189"/>
        <source>phải có ít nhất {min} ký tự</source>
        <translation>must have at least {min} characters</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="190"/>
        <source>phải có cả chữ và số</source>
        <translation>must contain both letters and digits</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="191"/>
        <source>không được trùng tên đăng nhập</source>
        <translation>must differ from the user name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="192"/>
        <source>mã đơn vị phải có 2 chữ số (tỉnh) hoặc 5 chữ số (xã): {value}</source>
        <translation>a unit code has 2 digits (province) or 5 digits (commune): {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="193"/>
        <source>thời hạn {value} tháng ngoài khoảng {min}–{max} tháng của quy định áp dụng vào ngày quyết định ({basis})</source>
        <translation>a term of {value} months is outside {min}–{max} months, the rule in force on the decision day ({basis})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="194"/>
        <source>loại đối tượng này không có thời hạn theo luật ({basis}): để trống thời hạn, theo dõi bằng ngày rà soát hoặc ngày xóa án tích</source>
        <translation>the law sets no term for this category ({basis}): leave the term empty; it is followed by review dates or the record-clearing date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="195"/>
        <source>loại đối tượng này tính thời hạn theo tháng, không nhập số ngày ({value} ngày); không làm tròn</source>
        <translation>this category counts its term in months; days cannot be entered ({value} days); nothing is rounded</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="196"/>
        <source>chỉ trừ thời gian tạm giữ, tạm giam vào hình phạt cải tạo không giam giữ (Bộ luật Hình sự Điều 36: 1 ngày = 3 ngày)</source>
        <translation>custody is deducted only from non-custodial reform (Criminal Code Art. 36: 1 day = 3 days)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="197"/>
        <source>ngày bắt đầu giám sát trước ngày tuyên án ({judgment_date})</source>
        <translation>supervision starts before the judgment ({judgment_date})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="198"/>
        <source>người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng từ đủ {min} tuổi ({basis})</source>
        <translation>this person is {age} on the decision day; the measure applies from age {min} ({basis})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="199"/>
        <source>người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng với người dưới {max} tuổi ({basis})</source>
        <translation>this person is {age} on the decision day; the measure applies only under age {max} ({basis})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="200"/>
        <source>thời hạn do Tòa án quyết định: không gia hạn; chỉ Tòa án rút ngắn, miễn hoặc buộc chấp hành án phạt tù (Bộ luật Hình sự Điều 65, 66)</source>
        <translation>the court fixes this term: no extension; only the court shortens, exempts or orders the prison sentence served (Criminal Code Art. 65, 66)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="201"/>
        <source>chấm dứt trước thời hạn chỉ áp dụng cho biện pháp giáo dục tại xã, phường, thị trấn; án của Tòa án chỉ được rút ngắn, miễn hoặc buộc chấp hành bằng quyết định của Tòa án (ghi nhận là sự kiện)</source>
        <translation>early termination is for the commune education measure only; a court sentence is shortened, exempted or revoked only by a court decision (recorded as an event)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="202"/>
        <source>người giúp đỡ sẽ phụ trách {count} người (tối đa {limit})</source>
        <translation>the helper would be in charge of {count} people (at most {limit})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="203"/>
        <source>một lần vắng mặt {days} ngày (tối đa {limit} ngày, Luật Thi hành án hình sự)</source>
        <translation>one absence of {days} days (at most {limit} days, Law on Execution of Criminal Judgments)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="204"/>
        <source>tổng thời gian vắng mặt {total} ngày vượt 1/3 thời hạn ({limit} ngày, Nghị định 120/2021/NĐ-CP)</source>
        <translation>total absence of {total} days exceeds 1/3 of the term ({limit} days, Decree 120/2021/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="205"/>
        <source>chưa chấp hành đủ một nửa thời hạn (Luật Xử lý vi phạm hành chính Điều 95)</source>
        <translation>less than half of the term served (Law on Handling Administrative Violations Art. 95)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="206"/>
        <source>ngày kết thúc trước ngày bắt đầu ({start})</source>
        <translation>the end date is before the start date ({start})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="207"/>
        <source>kỳ này đã được đánh giá</source>
        <translation>this period has already been assessed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="208"/>
        <source>hồ sơ không còn đang quản lý ({status})</source>
        <translation>the case is no longer active ({status})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="209"/>
        <source>hồ sơ đang được quản lý, không cần mở lại</source>
        <translation>the case is under supervision; nothing to reopen</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="210"/>
        <source>cần ghi nhận xét, đánh giá hoặc chọn xếp loại</source>
        <translation>write a comment or an assessment, or choose a grade</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="211"/>
        <source>không có tài khoản cán bộ đang hoạt động tên {value}</source>
        <translation>no active account named {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="212"/>
        <source>phải lớn hơn 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="213"/>
        <source>người này đã có trong danh sách tham dự</source>
        <translation>this person is already on the attendance list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="214"/>
        <source>{name} đã bị xóa khỏi danh sách buổi này, không thêm lại được</source>
        <translation>{name} was removed from this session&apos;s list and cannot be added again</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="215"/>
        <source>chỉ áp dụng với người chưa thành niên</source>
        <translation>applies to minors only</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="216"/>
        <source>chưa ký bản cam kết</source>
        <translation>the commitment letter is not signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="217"/>
        <source>tin nặc danh không ghi thông tin người báo</source>
        <translation>an anonymous tip records no reporter details</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="218"/>
        <source>tên đăng nhập đã tồn tại: {value}</source>
        <translation>the user name already exists: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="219"/>
        <source>vai trò của bạn không được sửa trường này</source>
        <translation>your role may not edit this field</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="220"/>
        <source>không có quy tắc {value}</source>
        <translation>no rule {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="221"/>
        <source>số giấy tờ không hợp lệ: {value}</source>
        <translation>invalid document number: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="222"/>
        <source>không đọc được mã QR trên thẻ CCCD</source>
        <translation>the CCCD card&apos;s QR code cannot be read</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="223"/>
        <source>cần đặt mật khẩu mới khi mở lại tài khoản</source>
        <translation>reactivating an account needs a new password</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="224"/>
        <source>quá dài (tối đa {max} ký tự)</source>
        <translation>too long (at most {max} characters)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="225"/>
        <source>ảnh phải là tệp JPEG hoặc PNG</source>
        <translation>the photo must be a JPEG or PNG file</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="226"/>
        <source>phải từ {min} đến {max}</source>
        <translation>must be from {min} to {max}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="227"/>
        <source>không có cài đặt này</source>
        <translation>there is no such setting</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="228"/>
        <source>ảnh quá lớn (tối đa {max_kb} KB)</source>
        <translation>the photo is too large (at most {max_kb} KB)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="229"/>
        <source>người này còn {cases} hồ sơ và {attendances} lượt tham dự; không xóa được</source>
        <translation>this person still has {cases} case(s) and {attendances} attendance(s); cannot delete</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="230"/>
        <source>ngày hiệu lực phải sau ngày hiệu lực hiện tại của đơn vị</source>
        <translation>the effective date must be after the unit&apos;s current effective date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="231"/>
        <source>giá trị không đúng dạng của quy tắc này</source>
        <translation>the value does not have this rule&apos;s shape</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="232"/>
        <source>phải từ {ge} trở lên</source>
        <translation>must be {ge} or more</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="233"/>
        <source>tối đa {le}</source>
        <translation>at most {le}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="234"/>
        <source>quá dài (tối đa {max_length} ký tự)</source>
        <translation>too long (at most {max_length} characters)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="235"/>
        <source>quá ngắn (tối thiểu {min_length} ký tự)</source>
        <translation>too short (at least {min_length} characters)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="236"/>
        <source>giá trị không hợp lệ: {value} (chọn một trong: {expected})</source>
        <translation>invalid value: {value} (choose one of: {expected})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="237"/>
        <source>chứa ký tự không hợp lệ</source>
        <translation>contains characters that are not allowed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="238"/>
        <source>trường không được hỗ trợ</source>
        <translation>field not supported</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="239"/>
        <source>không nhận ra trang tính này (không tìm thấy dòng tiêu đề cột của danh sách đối tượng, tin tố giác, buổi răn đe hay mô hình trong {rows} dòng đầu)</source>
        <translation>sheet not recognised (no header row of a list of persons, tips, warning sessions or models in the first {rows} rows)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="240"/>
        <source>không đọc được tệp: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="241"/>
        <source>chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx)</source>
        <translation>only .xlsx or .csv files (an old .xls file: open it in Excel and save it as .xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="242"/>
        <source>không nhận ra bảng mã của tệp CSV (hãy lưu lại dạng UTF-8)</source>
        <translation>the CSV file&apos;s encoding is not recognised (save it as UTF-8)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="243"/>
        <source>cần ghi đủ ngày, tháng, năm (dd/mm/yyyy): {value}</source>
        <translation>day, month and year are needed (dd/mm/yyyy): {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="244"/>
        <source>giới tính phải là Nam, Nữ hoặc Khác (đã ghi: {value})</source>
        <translation>gender must be Nam, Nữ or Khác (written: {value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="245"/>
        <source>chỉ ghi x, Có hoặc Không (đã ghi: {value})</source>
        <translation>write only x, Có or Không (written: {value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="246"/>
        <source>không nhận ra loại đối tượng “{value}” (ví dụ: Giáo dục tại xã, Án treo, Tái hòa nhập cộng đồng, Đối tượng lầm lỗi)</source>
        <translation>unknown category “{value}” (e.g. Giáo dục tại xã, Án treo, Tái hòa nhập cộng đồng, Đối tượng lầm lỗi)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="247"/>
        <source>không nhận ra loại mô hình “{value}” (ví dụ: Nhà trọ tự quản, 4 an toàn - nhà trường, 5 tự quản)</source>
        <translation>unknown kind of model “{value}” (e.g. Nhà trọ tự quản, 4 an toàn - nhà trường, 5 tự quản)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="248"/>
        <source>trạng thái phải là Đang hoạt động, Tạm dừng hoặc Giải thể (đã ghi: {value})</source>
        <translation>status must be Đang hoạt động, Tạm dừng or Giải thể (written: {value})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="249"/>
        <source>không nhận ra hình thức tiếp nhận “{value}” (Trực tiếp, Điện thoại, Đơn thư, Đường dây nóng, Hòm thư tố giác, Mạng xã hội / trực tuyến, Khác)</source>
        <translation>unknown channel “{value}” (Trực tiếp, Điện thoại, Đơn thư, Đường dây nóng, Hòm thư tố giác, Mạng xã hội / trực tuyến, Khác)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="250"/>
        <source>thời hạn phải là số tháng nguyên (ví dụ 6, “1 năm”, “3 tháng 10 ngày”), không làm tròn: {value}</source>
        <translation>the term must be a whole number of months (e.g. 6, “1 năm”, “3 tháng 10 ngày”), not rounded: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="251"/>
        <source>không nhận ra loại việc “{value}” (ví dụ: Vắng mặt, Vắng mặt không phép, Vi phạm, Đánh giá, Rút ngắn, Miễn chấp hành, Buộc chấp hành án phạt tù, Kết án mới, Chấp hành xong, Thăm gặp)</source>
        <translation>unknown kind of activity “{value}” (e.g. Vắng mặt, Vắng mặt không phép, Vi phạm, Đánh giá, Rút ngắn, Miễn chấp hành, Buộc chấp hành án phạt tù, Kết án mới, Chấp hành xong, Thăm gặp)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="252"/>
        <source>không tìm thấy “{value}” trong sổ (ghi số CCCD hoặc họ tên và ngày sinh)</source>
        <translation>“{value}” not found in the register (write the CCCD number or the full name and birth date)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="253"/>
        <source>“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh hoặc số CCCD</source>
        <translation>“{value}” matches {count} persons in the register; add the birth date or the CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="254"/>
        <source>“{value}” không có hồ sơ quản lý khớp (ghi Loại đối tượng, Số quyết định)</source>
        <translation>“{value}” has no matching case (write the category and the decision number)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="255"/>
        <source>“{value}” có {count} hồ sơ khớp; ghi thêm Loại đối tượng hoặc Số quyết định</source>
        <translation>“{value}” has {count} matching cases; add the category or the decision number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="256"/>
        <source>có thông tin quyết định nhưng thiếu Loại đối tượng</source>
        <translation>decision details given but the category is missing</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="257"/>
        <source>số CCCD này đã có ở dòng {other_row} với họ tên khác ({name})</source>
        <translation>this CCCD number is already on row {other_row} with another name ({name})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="258"/>
        <source>có thể trùng với {name} (sinh {birth_date}) đã có trong sổ, CCCD {cccd}; chưa ghi, cần người kiểm tra xác nhận</source>
        <translation>may be the same as {name} (born {birth_date}) already in the register, CCCD {cccd}; not written, needs a person to confirm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="259"/>
        <source>có thể trùng với {name} (sinh {birth_date}) đã có trong sổ, chưa có CCCD; chưa ghi, cần người kiểm tra xác nhận</source>
        <translation>may be the same as {name} (born {birth_date}) already in the register, no CCCD yet; not written, needs a person to confirm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="260"/>
        <source>có thể trùng với người ở dòng {other_row} ({name}); chưa ghi, cần người kiểm tra xác nhận</source>
        <translation>may be the same as the person on row {other_row} ({name}); not written, needs a person to confirm</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="261"/>
        <source>người ở dòng này đang chờ xác nhận trùng nên hồ sơ chưa được ghi</source>
        <translation>the person on this row awaits a duplicate check, so the case was not written</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="262"/>
        <source>số ngày đã ghi trong cột thời hạn; không ghi lại ở cột số ngày</source>
        <translation>the days are already in the term column; do not repeat them in the days column</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="263"/>
        <source>phải là số ngày nguyên (ví dụ 45): {value}</source>
        <translation>must be a whole number of days (e.g. 45): {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="264"/>
        <source>không nhận ra hình phạt chính “{value}” (ví dụ: Phạt tiền, Cải tạo không giam giữ, Tù 3 năm, Tù cho hưởng án treo, Chung thân)</source>
        <translation>unknown main penalty “{value}” (e.g. Phạt tiền, Cải tạo không giam giữ, Tù 3 năm, Tù cho hưởng án treo, Chung thân)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="265"/>
        <source>không tìm thấy “{value}” trong sổ (ghi họ tên kèm ngày sinh “Họ tên (dd/mm/yyyy)” hoặc số CCCD; người chưa có trong sổ cần được nhập ở trang Đối tượng trước)</source>
        <translation>“{value}” not found in the register (write the full name with the birth date “Name (dd/mm/yyyy)” or the CCCD number; a person not yet in the register must be entered on the Persons page first)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="266"/>
        <source>“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh “Họ tên (dd/mm/yyyy)” hoặc số CCCD</source>
        <translation>“{value}” matches {count} persons in the register; add the birth date “Name (dd/mm/yyyy)” or the CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="267"/>
        <source>“{value}” được ghi hai lần</source>
        <translation>“{value}” is written twice</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="268"/>
        <source>phải là số: {value}</source>
        <translation>must be a number: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="269"/>
        <source>lỗi ghi dữ liệu: {reason}</source>
        <translation>could not write the data: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="270"/>
        <source>tài khoản không có quyền ghi vào đơn vị {unit}</source>
        <translation>the account may not write to unit {unit}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="271"/>
        <source>không tìm thấy {value}</source>
        <translation>not found: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="272"/>
        <source>xung đột này không đổi lại được giá trị đã mất</source>
        <translation>this conflict cannot take back the lost value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="273"/>
        <source>người này đang ở chính đơn vị {value}; hãy chọn xã khác</source>
        <translation>this person is already in unit {value}; choose another commune</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="274"/>
        <source>không biết xã {value} trong tỉnh; hãy đồng bộ để nhận danh sách xã của tỉnh, hoặc nạp danh sách đơn vị</source>
        <translation>commune {value} is not known in the province; sync to receive the province&apos;s commune list, or load the unit list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="275"/>
        <source>hồ sơ có {count} bản ghi, quá {max} bản ghi chuyển được một lần</source>
        <translation>the file has {count} records, more than the {max} a transfer moves at once</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="276"/>
        <source>phải chuyển cả hồ sơ của người (người, các hồ sơ quản lý và lịch sử), không chuyển riêng một phần ({table})</source>
        <translation>a person&apos;s whole file moves (the person, their cases and history), never a part of it ({table})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="277"/>
        <source>mẫu dùng {count} trường dữ liệu không có trong sổ: {names}</source>
        <translation>the template uses {count} data fields the register does not have: {names}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="278"/>
        <source>mẫu viết sai cú pháp trường dữ liệu (dòng {line}: {error})</source>
        <translation>the template&apos;s placeholder syntax is wrong (line {line}: {error})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="279"/>
        <source>tệp không phải văn bản Word (.docx)</source>
        <translation>the file is not a Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="280"/>
        <source>nhóm văn bản không hợp lệ: {value}</source>
        <translation>invalid document category: {value}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="281"/>
        <source>ngày hiệu lực của mẫu không hợp lệ (ngày hết hiệu lực phải sau ngày có hiệu lực)</source>
        <translation>invalid validity dates (valid-to must come after valid-from)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="282"/>
        <source>yêu cầu của mẫu không hợp lệ: {value} (chỉ được: case, session, tip)</source>
        <translation>invalid requirement: {value} (only: case, session, tip)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="283"/>
        <source>mẫu {id} đã có phiên bản {version} trong sổ</source>
        <translation>template {id} already has version {version} in the register</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="284"/>
        <source>chỉ máy của Công an tỉnh (quản trị tỉnh) mới ban hành văn bản mẫu cho toàn tỉnh</source>
        <translation>only the provincial police&apos;s device (province admin) publishes templates to the whole province</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="285"/>
        <source>tệp mẫu quá lớn ({size} byte, tối đa {max} byte)</source>
        <translation>the template file is too large ({size} bytes, at most {max})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="286"/>
        <source>không điền được mẫu: {error}</source>
        <translation>the template could not be filled: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="287"/>
        <source>chưa xác nhận xuất dữ liệu</source>
        <translation>the export was not confirmed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="288"/>
        <source>giá trị không hợp lệ</source>
        <translation>invalid value</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="289"/>
        <source>Tiếp xúc</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="290"/>
        <source>Đánh giá</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="291"/>
        <source>Vắng mặt</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="292"/>
        <source>Vi phạm</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="293"/>
        <source>Biến động</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="41"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="41"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="42"/>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="43"/>
        <source>6 tháng cuối năm</source>
        <translation>Second half of the year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="43"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="44"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="44"/>
        <source>Xuất Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="45"/>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="45"/>
        <source>Xuất JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="125"/>
        <source>tháng {m} năm {year}</source>
        <comment>{month}: the month&apos;s name</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="128"/>
        <source>quý {roman} năm {year}</source>
        <comment>{q}: the quarter as a digit</comment>
        <translation>Q{q} {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="131"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>first half of {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="132"/>
        <source>6 tháng cuối năm {year}</source>
        <translation>second half of {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="133"/>
        <source>năm {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="157"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="177"/>
        <source>Mọi xã trong phạm vi</source>
        <translation>All communes in scope</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="179"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="180"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="185"/>
        <source>Loại kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="187"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="190"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="192"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="200"/>
        <source>Theo kỳ báo cáo của Chính phủ ({cut})</source>
        <translation>By the government&apos;s reporting period ({cut})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="202"/>
        <source>Theo lịch (từ ngày 1 đến cuối tháng)</source>
        <translation>By the calendar (from the 1st to the month&apos;s end)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="203"/>
        <source>Kỳ báo cáo của Chính phủ (Nghị định 09/2019/NĐ-CP): số liệu tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ; mốc này sửa được trong Quản trị → Quy tắc.</source>
        <translation>The government&apos;s reporting period (Decree 09/2019/ND-CP): figures run from the 15th of the month before the period to the 14th of its last month; the cut-off can be changed in Administration → Rules.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="209"/>
        <source>Cách tính ngày:</source>
        <translation>Dates counted:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="226"/>
        <source>Văn bản và xuất tệp</source>
        <translation>Document and export</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="228"/>
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="231"/>
        <source>để trống nếu chưa có số</source>
        <translation>empty if not numbered</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="232"/>
        <source>Số văn bản, ví dụ 15 hoặc 15/BC-CAX; để trống thì văn bản có chỗ trống để điền tay khi vào sổ văn bản đi.</source>
        <translation>Document number, e.g. 15 or 15/BC-CAX; if empty, the document leaves a blank to fill in by hand when it is logged as outgoing.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="237"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="240"/>
        <source>họ tên người ký</source>
        <translation>signer&apos;s full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="244"/>
        <source>Cơ quan cấp trên:</source>
        <translation>Superior agency:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="248"/>
        <source>Dòng trên tên đơn vị ở góc trái văn bản; để trống thì dùng cơ quan cấp trên theo danh mục đơn vị (ví dụ Công an tỉnh Phú Thọ).</source>
        <translation>The line above the unit&apos;s name at the document&apos;s top left; left empty, the superior agency from the units list (e.g. Công an tỉnh Phú Thọ).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="276"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="281"/>
        <source>Chọn kỳ báo cáo rồi bấm “Xem trước”.</source>
        <translation>Choose the reporting period, then press “Preview”.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="289"/>
        <source>Bản xem trước của văn bản báo cáo, bằng tiếng Việt như khi xuất tệp</source>
        <translation>Preview of the report document, in Vietnamese as it is exported</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="326"/>
        <source>Tháng {m}</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="330"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="376"/>
        <source>“Đến ngày” đang trước “Từ ngày”.</source>
        <translation>“To” is before “From”.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="379"/>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="381"/>
        <source>theo kỳ báo cáo của Chính phủ</source>
        <translation>by the government&apos;s reporting period</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="383"/>
        <source>theo lịch</source>
        <translation>by the calendar</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/reports.py" line="384"/>
        <source>Báo cáo {label}: {dates} ({how}), %Ln ngày</source>
        <translation>
            <numerusform>Report for {label}: {dates} ({how}), %Ln day</numerusform>
            <numerusform>Report for {label}: {dates} ({how}), %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/reports.py" line="386"/>
        <source>Kỳ tự chọn: {dates}, %Ln ngày</source>
        <translation>
            <numerusform>Custom period: {dates}, %Ln day</numerusform>
            <numerusform>Custom period: {dates}, %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="395"/>
        <source>Đã đổi kỳ hoặc đơn vị: bấm “Xem trước” để tính lại số liệu.</source>
        <translation>The period or unit changed: press “Preview” to recompute the figures.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="418"/>
        <source>ví dụ: Công an tỉnh Phú Thọ</source>
        <translation>e.g. Công an tỉnh Phú Thọ</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="460"/>
        <source>Không thực hiện được: {msg}</source>
        <translation>Could not be done: {msg}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="479"/>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="492"/>
        <source>từ ngày {start} đến ngày {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="494"/>
        <source>{label} ({dates})</source>
        <translation>{label} ({dates})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="496"/>
        <source>Số liệu {period}.</source>
        <translation>Figures for {period}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="506"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="530"/>
        <source>Đang xuất báo cáo {fmt}…</source>
        <translation>Exporting the {fmt} report…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="542"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="545"/>
        <source>Đã dừng: chưa ghi tệp nào.</source>
        <translation>Stopped: no file was written.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports.py" line="552"/>
        <source>Đã ghi {path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="32"/>
        <source>Tổ chức buổi gọi hỏi, răn đe, giáo dục</source>
        <translation>Hold a warning and education session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="34"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="68"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="35"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="69"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="36"/>
        <source>Người chủ trì</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="37"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="71"/>
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="52"/>
        <source>Thêm nhanh người tham dự</source>
        <translation>Quick-add an attendee</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="54"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="55"/>
        <location filename="../desktop_app/ui/pages/session_print.py" line="40"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="80"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="56"/>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="57"/>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="84"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="73"/>
        <source>Đã ký cam kết</source>
        <translation>Commitment signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="82"/>
        <source>Sửa lượt tham dự: {name}</source>
        <translation>Edit attendance: {name}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="85"/>
        <location filename="../desktop_app/ui/pages/session_print.py" line="41"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="57"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="83"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="177"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="263"/>
        <source>Cha mẹ cùng ký</source>
        <translation>Parent co-signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="86"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="106"/>
        <source>Chỉ người chưa thành niên (dưới 18 tuổi vào ngày tổ chức buổi) mới cần cha mẹ hoặc người giám hộ cùng ký cam kết.</source>
        <translation>Only a minor (under 18 on the day of the session) needs a parent or guardian to co-sign the commitment.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="122"/>
        <source>Thêm người tham dự</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="127"/>
        <source>&amp;Tìm theo tên hoặc số CCCD (gõ không dấu được), Enter để chọn:</source>
        <translation>&amp;Find by name or ID number (accents optional), Enter to tick:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="130"/>
        <source>Gõ tên hoặc số CCCD…</source>
        <translation>Type a name or CCCD number…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="137"/>
        <source>Dấu cách hoặc Enter: chọn / bỏ chọn người đang đánh dấu</source>
        <translation>Space or Enter: tick / untick the highlighted person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="141"/>
        <source>Hoặc &amp;dán số CCCD, mỗi dòng một số:</source>
        <translation>Or &amp;paste ID numbers, one per line:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="148"/>
        <source>Chọn theo các số đã dán</source>
        <translation>Tick the pasted numbers</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="170"/>
        <source>Thêm (Ctrl+S)</source>
        <translation>Add (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="172"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="216"/>
        <source>{person} — đã có trong danh sách</source>
        <translation>{person} — already on the list</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="272"/>
        <source>Không tìm thấy %n số:</source>
        <translation>
            <numerusform>%n number not found:</numerusform>
            <numerusform>%n numbers not found:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="275"/>
        <source>Đã có trong danh sách: {names}</source>
        <translation>Already on the list: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="283"/>
        <source>Đã chọn %n người</source>
        <translation>
            <numerusform>%n person ticked</numerusform>
            <numerusform>%n people ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="284"/>
        <source>Thêm %n người (Ctrl+S)</source>
        <translation>
            <numerusform>Add %n person (Ctrl+S)</numerusform>
            <numerusform>Add %n people (Ctrl+S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="292"/>
        <source>Chưa chọn người nào. Gõ tên rồi Enter để đánh dấu, hoặc dán các số CCCD.</source>
        <translation>Nobody is ticked yet. Type a name and press Enter to tick it, or paste CCCD numbers.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="314"/>
        <source>Chưa thêm</source>
        <translation>Not added</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/session_dialogs.py" line="315"/>
        <source>Đã chọn %n người nhưng chưa thêm vào danh sách. Bỏ các lựa chọn này?</source>
        <translation>
            <numerusform>%n person is ticked but not added to the list. Discard the choice?</numerusform>
            <numerusform>%n people are ticked but not added to the list. Discard the choice?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="37"/>
        <source>DANH SÁCH NGƯỜI THAM DỰ BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC</source>
        <translation>ATTENDANCE LIST OF THE WARNING AND EDUCATION SESSION</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="38"/>
        <source>Ngày {date} — Địa điểm: {place} — Chủ trì: {chair}</source>
        <translation>Date {date} — Place: {place} — Chair: {chair}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="40"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="40"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="79"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="41"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="56"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="82"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="172"/>
        <source>Ký cam kết</source>
        <translation>Commitment signed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="41"/>
        <source>Ký tên</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/session_print.py" line="42"/>
        <source>In bởi {user} lúc {at}</source>
        <translation>Printed by {user} at {at}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="50"/>
        <source>Buổi mới</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="51"/>
        <source>Tạo văn bản (Ctrl+D)</source>
        <translation>Make a document (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="52"/>
        <source>In danh sách</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="53"/>
        <source>Thêm người…</source>
        <translation>Add people…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="54"/>
        <source>Thêm nhanh</source>
        <translation>Quick add</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="55"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="58"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="241"/>
        <source>Xóa khỏi buổi</source>
        <translation>Remove from session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="70"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="72"/>
        <source>Lượt tham dự</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="81"/>
        <source>Chưa thành niên</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="91"/>
        <source>Thêm nhiều người một lần: tìm và đánh dấu, hoặc dán các số CCCD</source>
        <translation>Add many people at once: search and tick, or paste ID numbers</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="92"/>
        <source>Sửa lượt tham dự đang chọn (Enter)</source>
        <translation>Edit the selected attendance (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="93"/>
        <source>Xóa người đang chọn khỏi danh sách buổi này (phím Delete)</source>
        <translation>Remove the selected person from this session&apos;s list (Delete key)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="101"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="140"/>
        <source>Chọn một buổi ở bảng trên để xem và thêm người tham dự</source>
        <translation>Choose a session above to see and add its attendees</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sessions.py" line="126"/>
        <source>{sessions}, %Ln lượt tham dự</source>
        <translation>
            <numerusform>{sessions}, %Ln attendance</numerusform>
            <numerusform>{sessions}, %Ln attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sessions.py" line="127"/>
        <source>%Ln buổi</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sessions.py" line="162"/>
        <source>Người tham dự buổi {date} tại {place}: %n người</source>
        <translation>
            <numerusform>Attendees of the session on {date} at {place}: %n person</numerusform>
            <numerusform>Attendees of the session on {date} at {place}: %n persons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="171"/>
        <source>Bỏ ký cam kết</source>
        <translation>Unmark commitment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="176"/>
        <source>Bỏ cha mẹ cùng ký</source>
        <translation>Unmark parent co-signature</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="179"/>
        <source>Chọn một người chưa thành niên trong danh sách tham dự</source>
        <translation>Select a minor in the attendance list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="181"/>
        <location filename="../desktop_app/ui/pages/sessions.py" line="262"/>
        <source>{name} không phải người chưa thành niên.</source>
        <translation>{name} is not a minor.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="184"/>
        <source>Ghi nhận cha mẹ hoặc người giám hộ cùng ký cam kết (đồng thời ghi đã ký cam kết)</source>
        <translation>Record that a parent or guardian co-signed the commitment (also marks the commitment signed)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="189"/>
        <source>Chỉ trưởng Công an xã được xóa người khỏi danh sách đã lập; cán bộ có thể sửa lượt tham dự</source>
        <translation>Only the commune police chief may remove someone from a list; officers may edit an attendance</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="238"/>
        <source>Xóa {name} khỏi danh sách tham dự buổi {date} tại {place}? Lượt tham dự này bị xóa (có ghi nhật ký) và không thêm lại được vào buổi này.</source>
        <translation>Remove {name} from the attendance list of the session on {date} at {place}? This attendance is deleted (logged) and the person cannot be added to this session again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="241"/>
        <source>Xóa người tham dự</source>
        <translation>Remove attendee</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sessions.py" line="242"/>
        <source>Không xóa</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../desktop_app/ui/login.py" line="86"/>
        <source>WardBook — Bắt đầu</source>
        <translation>WardBook — Get started</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="89"/>
        <source>Chưa có sổ đăng ký trên máy này.
Thư mục dữ liệu: {dir}</source>
        <translation>There is no register on this computer yet.
Data folder: {dir}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="96"/>
        <source>Xã Tích Sơn</source>
        <translation>e.g. Xã Tích Sơn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="99"/>
        <source>— chọn tỉnh, thành phố —</source>
        <translation>— choose the province —</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="108"/>
        <source>Mã đơn vị (xã 5 số, tỉnh 2 số)</source>
        <translation>Unit code (commune 5 digits, province 2)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="109"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="110"/>
        <source>Thuộc tỉnh, thành phố</source>
        <translation>In the province</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="111"/>
        <source>Tên đăng nhập của trưởng Công an xã</source>
        <translation>Commune Police Chief&apos;s user name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="112"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="113"/>
        <source>Mật khẩu (≥ 10 ký tự, có chữ và số)</source>
        <translation>Password (≥ 10 characters, letters and digits)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="114"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="122"/>
        <source>Tạo sổ đăng ký mới</source>
        <translation>Create a new register</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="123"/>
        <source>Mở sổ mẫu (dữ liệu giả lập)</source>
        <translation>Open the demo register (made-up data)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="124"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="133"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/login.py" line="137"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter a user name.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="63"/>
        <source>Tình trạng đồng bộ</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="74"/>
        <source>Thay đổi chờ gửi:</source>
        <translation>Changes waiting:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="75"/>
        <source>Đồng bộ thành công lần cuối:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="76"/>
        <source>Lỗi lần đồng bộ trước:</source>
        <translation>Last sync error:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="79"/>
        <source>Đồng bộ ngay (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="83"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="154"/>
        <source>Đã đăng ký với máy chủ {url}
Đơn vị {unit}, quyền của thiết bị: {role}.</source>
        <translation>Enrolled with the server {url}
Unit {unit}; this computer&apos;s role: {role}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="159"/>
        <source>Thiết bị chưa đăng ký với máy chủ đồng bộ. Nhập địa chỉ máy chủ và mã đăng ký dùng một lần do quản trị Công an tỉnh cấp.</source>
        <translation>This computer is not enrolled with a sync server. Enter the server address and the one-time enrolment code from the provincial police administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="170"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="175"/>
        <source>có, lúc {when}</source>
        <translation>yes, at {when}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="176"/>
        <location filename="../desktop_app/ui/pages/sync_common.py" line="70"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="180"/>
        <source>Lần đồng bộ trước không thành công: {error}</source>
        <translation>The last sync did not succeed: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="183"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="208"/>
        <source>Tự động đồng bộ khi mở sổ và mỗi {n} phút (khi đã đăng ký).</source>
        <translation>Syncs automatically when the register opens and every {n} minutes (once enrolled).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="211"/>
        <source>Tự động đồng bộ: tắt.</source>
        <translation>Automatic sync: off.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="241"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="248"/>
        <source>Đang dừng đồng bộ…</source>
        <translation>Stopping the sync…</translation>
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
        <translation>{stage}: up to version {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="274"/>
        <source>gửi %Ln thay đổi</source>
        <translation>
            <numerusform>%Ln change sent</numerusform>
            <numerusform>%Ln changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="275"/>
        <source>nhận %Ln bản ghi</source>
        <translation>
            <numerusform>%Ln record received</numerusform>
            <numerusform>%Ln records received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="277"/>
        <source>%Ln thay đổi bị từ chối</source>
        <translation>
            <numerusform>%Ln change rejected</numerusform>
            <numerusform>%Ln changes rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync.py" line="279"/>
        <source>%Ln xung đột mới</source>
        <translation>
            <numerusform>%Ln new conflict</numerusform>
            <numerusform>%Ln new conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="280"/>
        <source>Đồng bộ xong: {parts}.</source>
        <translation>Sync done: {parts}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync.py" line="288"/>
        <source>Đồng bộ không thành công: {error}</source>
        <translation>Sync failed: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="24"/>
        <source>Đồng bộ bằng tệp (USB)</source>
        <translation>Sync by file (USB)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="26"/>
        <source>Khi không có mạng: xuất gói thay đổi (đã mã hóa, ký số) mang lên Công an tỉnh, rồi nhập gói trả lời mang về.</source>
        <translation>Without a network: export a bundle of changes (encrypted and signed), take it to the provincial police, then import the reply bundle you bring back.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="31"/>
        <source>Xuất gói gửi tỉnh…</source>
        <translation>Export bundle for the province…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="33"/>
        <source>Nhập gói trả lời…</source>
        <translation>Import reply bundle…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="42"/>
        <source>Xuất gói gửi tỉnh</source>
        <translation>Export bundle for the province</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="43"/>
        <source>Gói dữ liệu WardBook (*.wbb)</source>
        <translation>WardBook bundles (*.wbb)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="52"/>
        <source>Đã xuất gói %Ln thay đổi ra {path}. Mang tệp lên Công an tỉnh để nhập, rồi nhập gói trả lời tại đây.</source>
        <translation>
            <numerusform>Exported a bundle of %Ln change to {path}. Take the file to the provincial police to import, then import the reply bundle here.</numerusform>
            <numerusform>Exported a bundle of %Ln changes to {path}. Take the file to the provincial police to import, then import the reply bundle here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="60"/>
        <source>Đang xuất gói ra {path}…</source>
        <translation>Exporting the bundle to {path}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="65"/>
        <source>Nhập gói trả lời</source>
        <translation>Import reply bundle</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="66"/>
        <source>Gói dữ liệu WardBook (*.wbb);;Mọi tệp (*)</source>
        <translation>WardBook bundles (*.wbb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="78"/>
        <source>Đã nhập gói trả lời, nhưng máy chủ không nhận các thay đổi: {error}</source>
        <translation>Reply bundle imported, but the server did not accept the changes: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="81"/>
        <source>Đã nhập gói trả lời: máy chủ xác nhận {pushed} thay đổi, nhận {pulled} bản ghi.</source>
        <translation>Reply bundle imported: the server confirmed {pushed} change(s); {pulled} record(s) received.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="86"/>
        <source>Đang nhập gói trả lời {path}…</source>
        <translation>Importing the reply bundle {path}…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="104"/>
        <source>Không đọc/ghi được tệp: {error}</source>
        <translation>Cannot read or write the file: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_bundles.py" line="107"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="219"/>
        <source>Không thực hiện được: {error}</source>
        <translation>Could not be done: {error}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_common.py" line="68"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_common.py" line="72"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="30"/>
        <source>Xung đột cần xử lý</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="32"/>
        <source>Hai máy cùng sửa một thông tin trước khi kịp đồng bộ: máy chủ đã giữ giá trị sửa sau cùng. Hãy giữ nguyên giá trị đó, hoặc dùng giá trị bị thay (được gửi đi như một lần sửa mới).</source>
        <translation>Two computers edited the same detail before syncing: the server kept the later edit. Keep that value, or use the replaced one (sent as a new edit).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="39"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="66"/>
        <source>Hồ sơ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="39"/>
        <source>Thông tin</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="39"/>
        <source>Giá trị đang dùng</source>
        <translation>Value in use</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="40"/>
        <source>Giá trị bị thay</source>
        <translation>Replaced value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="40"/>
        <source>Người sửa bị thay</source>
        <translation>Replaced edit by</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="40"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="67"/>
        <source>Lúc</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="49"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="161"/>
        <source>Giữ giá trị đang dùng</source>
        <translation>Keep the value in use</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="51"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="162"/>
        <source>Dùng giá trị bị thay</source>
        <translation>Use the replaced value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="57"/>
        <source>Trưởng Công an xã xử lý các xung đột.</source>
        <translation>The Commune Police Chief resolves conflicts.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="63"/>
        <source>Thay đổi bị máy chủ từ chối</source>
        <translation>Changes the server rejected</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="66"/>
        <source>Lý do máy chủ từ chối</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="67"/>
        <source>Thay đổi bị từ chối</source>
        <translation>Rejected change</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="72"/>
        <source>Đã xem, bỏ khỏi danh sách</source>
        <translation>Seen, remove from the list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="74"/>
        <source>Thay đổi bị từ chối không được lưu trên máy chủ; nếu vẫn cần, hãy nhập lại đúng quy định.</source>
        <translation>Rejected changes are not stored on the server; if still needed, enter them again as the rules require.</translation>
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
            <numerusform>Conflicts to resolve (%Ln)</numerusform>
            <numerusform>Conflicts to resolve (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="96"/>
        <source>Xóa bản ghi</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="97"/>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="119"/>
        <source>Thay đổi bị máy chủ từ chối (%Ln)</source>
        <translation>
            <numerusform>Changes the server rejected (%Ln)</numerusform>
            <numerusform>Changes the server rejected (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="171"/>
        <source>Xác nhận đã xóa</source>
        <translation>Acknowledge the deletion</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="172"/>
        <source>Không khôi phục được (đã xóa)</source>
        <translation>Cannot be restored (deleted)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="173"/>
        <source>{row} đã bị xóa trong khi {who} sửa: {edit}. Việc xóa được giữ; phần sửa được lưu ở đây để đối chiếu.</source>
        <translation>{row} was deleted while {who} edited it: {edit}. The deletion stands; the edit is kept here for reference.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="176"/>
        <source>máy này</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="176"/>
        <source>máy khác</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="180"/>
        <source>Nhận giá trị máy chủ: “{v}”</source>
        <translation>Take the server&apos;s value: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="181"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="183"/>
        <source>Giữ giá trị của tôi: “{v}”</source>
        <translation>Keep my value: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="184"/>
        <source>Nhận giá trị máy khác: “{v}”</source>
        <translation>Take the other computer&apos;s value: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="186"/>
        <source>Giữ giá trị đang dùng: “{v}”</source>
        <translation>Keep the value in use: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="187"/>
        <source>Dùng giá trị bị thay: “{v}”</source>
        <translation>Use the replaced value: “{v}”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="188"/>
        <source>{row}, {field}: đang dùng “{kept}”{kept_whose}; bị thay “{lost}”{lost_whose}.</source>
        <translation>{row}, {field}: in use “{kept}”{kept_whose}; replaced “{lost}”{lost_whose}.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="191"/>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="192"/>
        <source> (sửa trên máy này)</source>
        <translation> (edited on this computer)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="193"/>
        <source> (do {who} sửa)</source>
        <translation> (edited by {who})</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="203"/>
        <source>Đã xử lý xung đột; giá trị mới được gửi ở lần đồng bộ tới.</source>
        <translation>Conflict resolved; the new value goes out with the next sync.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_conflicts.py" line="204"/>
        <source>Đã xác nhận giá trị đang dùng.</source>
        <translation>The value in use is confirmed.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="20"/>
        <source>Máy chủ đồng bộ cấp tỉnh</source>
        <translation>Provincial sync server</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="22"/>
        <source>Đang đọc tình trạng…</source>
        <translation>Reading the status…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="38"/>
        <source>nếu quản trị tỉnh cung cấp</source>
        <translation>if the province gave one</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="39"/>
        <source>Địa chỉ máy chủ:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="40"/>
        <source>Mã đăng ký:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="41"/>
        <source>Vân tay chứng chỉ:</source>
        <translation>Certificate fingerprint:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="42"/>
        <source>Đăng ký thiết bị</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="56"/>
        <source>Chỉ trưởng Công an xã hoặc quản trị tỉnh đăng ký được thiết bị.</source>
        <translation>Only the Commune Police Chief or a provincial administrator can enrol a computer.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="68"/>
        <source>Hãy nhập địa chỉ máy chủ và mã đăng ký.</source>
        <translation>Enter the server address and the enrolment code.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="75"/>
        <source>Đang đăng ký với máy chủ…</source>
        <translation>Enrolling with the server…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="88"/>
        <source>Đã đăng ký thiết bị: đơn vị {name} ({unit}). Đang đồng bộ lần đầu…</source>
        <translation>Computer enrolled: unit {name} ({unit}). First sync running…</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/sync_enroll.py" line="100"/>
        <source>Đăng ký không thành công: {error}</source>
        <translation>Enrolment failed: {error}</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="294"/>
        <source>Máy chủ tỉnh đã được khôi phục từ bản sao lưu; hãy xuất gói gửi tỉnh một lần nữa để gửi lại dữ liệu trên máy này.</source>
        <translation>The provincial server was restored from a backup; export a bundle for the province once more to re-send the data on this computer.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="295"/>
        <source>Sổ đăng ký này chưa đăng ký với máy chủ đồng bộ. Hãy đăng ký thiết bị bằng mã do quản trị tỉnh cấp.</source>
        <translation>This register is not enrolled with a sync server. Enrol the computer with the code from the provincial administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="296"/>
        <source>Địa chỉ máy chủ không hợp lệ; hãy nhập dạng https://tên-máy-chủ.</source>
        <translation>The server address is not valid; enter it as https://server-name.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="297"/>
        <source>Địa chỉ máy chủ phải bắt đầu bằng https:// (http:// chỉ dùng cho máy chủ chạy trên chính máy này).</source>
        <translation>The server address must start with https:// (http:// only for a server on this very computer).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="298"/>
        <source>Không kết nối được máy chủ đồng bộ (mất mạng, máy chủ tắt hoặc sai địa chỉ). Dữ liệu vẫn được lưu trên máy; hãy thử lại sau.</source>
        <translation>Cannot reach the sync server (no network, server down or wrong address). The data stays saved on this computer; try again later.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="299"/>
        <source>Máy chủ đồng bộ đang gặp lỗi; hãy thử lại sau. Dữ liệu trên máy không bị ảnh hưởng.</source>
        <translation>The sync server has a problem; try again later. The data on this computer is not affected.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="300"/>
        <source>Máy chủ trả về dữ liệu không đọc được; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.</source>
        <translation>The server sent data that could not be read; sync again. If it happens again, tell the province administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="301"/>
        <source>Máy chủ từ chối yêu cầu; kiểm tra lại địa chỉ có đúng là máy chủ WardBook không.</source>
        <translation>The server refused the request; check that the address is a WardBook server.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="302"/>
        <source>Chứng chỉ bảo mật của máy chủ không khớp với chứng chỉ đã ghi nhận; đã ngừng kết nối để an toàn. Hãy liên hệ quản trị tỉnh.</source>
        <translation>The server&apos;s security certificate does not match the one on record; the connection was stopped for safety. Contact the provincial administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="303"/>
        <source>Phiên bản phần mềm không tương thích với máy chủ; hãy cập nhật WardBook.</source>
        <translation>This version is not compatible with the server; update WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="304"/>
        <source>Máy chủ không xác nhận các thay đổi đã gửi; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.</source>
        <translation>The server did not confirm the changes sent; sync again. If it happens again, tell the provincial administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="305"/>
        <source>Máy chủ vừa được khôi phục hoặc thay đổi trong lúc đồng bộ; hãy đồng bộ lại.</source>
        <translation>The server was restored or changed during the sync; sync again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="306"/>
        <source>Sổ này chưa có khóa dữ liệu nhạy cảm: trưởng Công an xã cần đăng nhập một lần trên máy này trước khi đồng bộ (để mã hóa thông tin người báo tin và dữ liệu nhạy cảm).</source>
        <translation>This register has no sensitive-data key yet: the chief must sign in once on this computer before it syncs (so that tip reporters and sensitive data are sealed).</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="307"/>
        <source>Đang có một lần đồng bộ khác chạy; hãy chờ lần đó xong.</source>
        <translation>Another sync is running; wait for it to finish.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="308"/>
        <source>Lần đồng bộ bị dừng giữa chừng; phần đã làm được giữ lại, hãy đồng bộ lại.</source>
        <translation>The sync stopped halfway; what was done is kept, sync again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="309"/>
        <source>Lỗi không mong đợi khi đồng bộ; phần đã làm được giữ lại. Hãy thử lại, nếu lỗi lặp lại hãy báo quản trị.</source>
        <translation>Unexpected error while syncing; what was done is kept. Try again; if it happens again, tell the administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="310"/>
        <source>Mã đăng ký không đúng; hãy kiểm tra lại mã do quản trị tỉnh cấp.</source>
        <translation>Wrong enrolment code; check the code from the provincial administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="311"/>
        <source>Mã đăng ký này đã được dùng; hãy xin quản trị tỉnh cấp mã mới.</source>
        <translation>This enrolment code was already used; ask the provincial administrator for a new one.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="312"/>
        <source>Mã đăng ký đã hết hạn; hãy xin quản trị tỉnh cấp mã mới.</source>
        <translation>The enrolment code has expired; ask the provincial administrator for a new one.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="313"/>
        <source>Mã đăng ký được cấp cho đơn vị khác, không phải đơn vị của sổ này.</source>
        <translation>The enrolment code was issued for another unit, not this register&apos;s.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="314"/>
        <source>Máy chủ đã ghim một khóa gốc tài khoản khác cho sổ này: các tài khoản của sổ đã bị ký lại. Hãy báo quản trị tỉnh kiểm tra trước khi đăng ký lại.</source>
        <translation>The server pinned another root key for this register&apos;s accounts: its accounts were signed again. Ask the provincial administrator to check before enrolling again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="315"/>
        <source>Máy chủ không nhận ra thiết bị này; hãy đăng ký lại thiết bị.</source>
        <translation>The server does not recognise this computer; enrol it again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="316"/>
        <source>Thiết bị này đã bị thu hồi quyền đồng bộ; hãy liên hệ quản trị tỉnh để đăng ký lại.</source>
        <translation>This computer&apos;s sync access was revoked; contact the provincial administrator to enrol again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="317"/>
        <source>Máy chủ phát hiện sổ này là bản sao của một sổ khác đang đồng bộ; hãy đăng ký lại thiết bị bằng mã mới.</source>
        <translation>The server found this register is a copy of another one that syncs; enrol the computer again with a new code.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="318"/>
        <source>Thiếu thông tin xác thực của thiết bị; hãy đăng ký lại thiết bị.</source>
        <translation>This computer&apos;s credentials are missing; enrol it again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="319"/>
        <source>Thiết bị không có quyền với đơn vị được yêu cầu.</source>
        <translation>This computer has no access to the unit requested.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="320"/>
        <source>Thứ tự các thay đổi gửi lên bị gián đoạn; hãy đồng bộ lại.</source>
        <translation>The sequence of changes sent has a gap; sync again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="321"/>
        <source>Máy chủ không chấp nhận dữ liệu gửi lên (không hợp lệ); hãy cập nhật WardBook.</source>
        <translation>The server did not accept the data sent (invalid); update WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="322"/>
        <source>Máy chủ không đọc được dữ liệu nén gửi lên; hãy thử lại.</source>
        <translation>The server could not read the compressed data sent; try again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="323"/>
        <source>Máy chủ đang nhận quá nhiều yêu cầu từ máy này; hãy thử lại sau ít phút.</source>
        <translation>The server is receiving too many requests from this computer; try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="324"/>
        <source>Dữ liệu gửi lên vượt giới hạn của máy chủ; hãy báo quản trị tỉnh.</source>
        <translation>The data sent exceeds the server&apos;s limit; tell the provincial administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="325"/>
        <source>Máy chủ không nhận tệp đính kèm không thuộc hồ sơ nào trong phạm vi của thiết bị.</source>
        <translation>The server refuses attachments that belong to no record in this computer&apos;s scope.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="326"/>
        <source>Tệp đính kèm chưa được gửi lên máy chủ; lần đồng bộ sau sẽ thử lại.</source>
        <translation>An attachment has not reached the server yet; the next sync will retry.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="327"/>
        <source>Tệp đính kèm quá lớn so với giới hạn của máy chủ.</source>
        <translation>An attachment is larger than the server allows.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="328"/>
        <source>Phần tệp đính kèm gửi lên quá lớn; hãy cập nhật WardBook.</source>
        <translation>An attachment chunk sent was too large; update WardBook.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="329"/>
        <source>Tệp đính kèm bị hỏng trên đường truyền; lần đồng bộ sau sẽ gửi lại.</source>
        <translation>An attachment was damaged in transit; the next sync will send it again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="330"/>
        <source>Tệp đính kèm đang gửi dở; lần đồng bộ sau sẽ gửi tiếp.</source>
        <translation>An attachment is partly sent; the next sync will continue it.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="331"/>
        <source>Máy chủ không trả được phần tệp đính kèm được yêu cầu; hãy đồng bộ lại.</source>
        <translation>The server could not return the requested part of an attachment; sync again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="332"/>
        <source>Tệp không phải gói dữ liệu WardBook hoặc đã bị hỏng.</source>
        <translation>The file is not a WardBook bundle or is damaged.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="333"/>
        <source>Chữ ký của gói không khớp: gói đã bị sửa đổi hoặc không do máy chủ tạo ra. Đã từ chối.</source>
        <translation>The bundle&apos;s signature does not match: it was altered or not made by the server. Refused.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="334"/>
        <source>Gói trả lời này dành cho một thiết bị khác, không phải sổ này.</source>
        <translation>This reply bundle is for another computer, not this register.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="335"/>
        <source>Đây là gói gửi đi (do máy xã tạo), phải nhập trên máy chủ tỉnh; ở đây chỉ nhập gói trả lời.</source>
        <translation>This is an outgoing bundle (made by a commune computer) to import on the provincial server; only reply bundles are imported here.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="336"/>
        <source>Gói trả lời này không ứng với gói nào do sổ này xuất ra.</source>
        <translation>This reply bundle matches no bundle exported from this register.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="337"/>
        <source>Gói do một thiết bị chưa đăng ký hoặc đã bị thu hồi tạo ra.</source>
        <translation>The bundle was made by a computer that is not enrolled or was revoked.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="338"/>
        <source>Gói dữ liệu quá lớn.</source>
        <translation>The bundle is too large.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="339"/>
        <source>Không đồng bộ được ({code}).</source>
        <translation>Sync failed ({code}).</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="340"/>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="341"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="342"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="343"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="344"/>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="345"/>
        <source>Tên gọi khác</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="346"/>
        <source>Sức khỏe</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="347"/>
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="348"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="349"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="350"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="351"/>
        <source>Kết quả xử lý</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="352"/>
        <source>Đánh giá tin</source>
        <translation>Tip assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="353"/>
        <source>Xóa bản ghi</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="354"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="355"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="356"/>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="357"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="358"/>
        <source>Xếp loại</source>
        <translation>Classification</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="359"/>
        <source>bản ghi thuộc đơn vị ngoài phạm vi của thiết bị</source>
        <translation>the record belongs to a unit outside this computer&apos;s scope</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="360"/>
        <source>quyền của thiết bị không cho phép thao tác này (ví dụ xóa)</source>
        <translation>this computer&apos;s role does not allow this (e.g. deleting)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="361"/>
        <source>máy chủ chưa từng nhận bản ghi này</source>
        <translation>the server never received this record</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="362"/>
        <source>trường dữ liệu không được máy chủ hỗ trợ</source>
        <translation>the server does not support this field</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="363"/>
        <source>giá trị không hợp lệ</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="364"/>
        <source>mã bản ghi trùng với một bản ghi loại khác</source>
        <translation>the record ID is taken by a record of another kind</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="365"/>
        <source>dữ liệu theo phiên bản mới hơn máy chủ; cần cập nhật máy chủ</source>
        <translation>the data is from a newer version than the server; the server needs an update</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="366"/>
        <source>bản ghi gắn với một đối tượng, hồ sơ hoặc buổi gọi hỏi mà máy chủ không có (hoặc thuộc đơn vị khác); thay đổi đã được gỡ khỏi máy này</source>
        <translation>the record names a person, case file or warning session the server does not hold (or that belongs to another unit); the change was withdrawn on this computer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="367"/>
        <source>thay đổi lưu trên máy bị hỏng, không gửi được</source>
        <translation>the change stored on this computer is damaged and cannot be sent</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="368"/>
        <source>chuyển địa bàn không trọn vẹn: người và hồ sơ quản lý, lịch sử của họ phải chuyển cùng một lần</source>
        <translation>incomplete transfer: a person, their cases and their history move together</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="369"/>
        <source>không xác thực được người thực hiện: chữ ký hoặc chứng thư không hợp lệ (ký bằng tài khoản khác, bị sửa sau khi ký, hoặc chứng thư không do trưởng công an xã cấp)</source>
        <translation>the author&apos;s signature or certificate does not hold (signed by another account, changed after it was signed, or a certificate not issued by the register&apos;s chief)</translation>
    </message>
</context>
<context>
    <name>SyncRoles</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="370"/>
        <source>Cán bộ (không được xóa)</source>
        <translation>Officer (no deleting)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="371"/>
        <source>Trưởng Công an xã</source>
        <translation>Commune Police Chief</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="372"/>
        <source>Quản trị tỉnh</source>
        <translation>Provincial administrator</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="373"/>
        <source>Chỉ xem (chỉ nhận dữ liệu)</source>
        <translation>Viewer (receives data only)</translation>
    </message>
</context>
<context>
    <name>SyncStages</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="374"/>
        <source>Kết nối máy chủ</source>
        <translation>Connecting to the server</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="375"/>
        <source>Gửi thay đổi</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="376"/>
        <source>Gửi lại toàn bộ dữ liệu</source>
        <translation>Resending all data</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="377"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="378"/>
        <source>Nhận dữ liệu</source>
        <translation>Receiving data</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="379"/>
        <source>Kiểm tra đối chiếu</source>
        <translation>Cross-checking</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="380"/>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="381"/>
        <source>Giấy tờ</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="382"/>
        <source>Hồ sơ</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="383"/>
        <source>Tiếp xúc</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="384"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="385"/>
        <source>Vắng mặt</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="386"/>
        <source>Vi phạm</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="387"/>
        <source>Diễn biến hồ sơ</source>
        <translation>Case event</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="388"/>
        <source>Buổi răn đe</source>
        <translation>Warning session</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="389"/>
        <source>Lượt tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="390"/>
        <source>Tin tố giác</source>
        <translation>Crime tip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="391"/>
        <source>Mô hình phong trào</source>
        <translation>Security model</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="392"/>
        <source>Văn bản mẫu của tỉnh</source>
        <translation>Province templates</translation>
    </message>
</context>
<context>
    <name>SyncWarnings</name>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="393"/>
        <source>Đồng hồ của máy tính này (hoặc của một máy khác) lệch nhiều so với máy chủ; hãy chỉnh lại ngày giờ.</source>
        <translation>This computer&apos;s clock (or another computer&apos;s) is far off the server&apos;s; correct the date and time.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="394"/>
        <source>Gói này gửi lại mọi bản ghi trên máy này (máy chủ tỉnh đã được khôi phục, hoặc máy vừa đăng ký lại), nên lớn hơn thường lệ; gói trả lời của nó mang về toàn bộ dữ liệu của đơn vị.</source>
        <translation>This bundle re-sends every record on this computer (the provincial server was restored, or this computer was enrolled again), so it is larger than usual; its reply brings back all of the unit&apos;s data.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="395"/>
        <source>Máy chủ tỉnh đã được khôi phục từ bản sao lưu và thiếu một phần dữ liệu đã gửi. Chưa nhận dữ liệu của gói này: hãy xuất gói gửi tỉnh một lần nữa — gói đó gửi lại mọi bản ghi trên máy này — rồi nhập gói trả lời của nó.</source>
        <translation>The provincial server was restored from a backup and lacks part of what was sent. This reply&apos;s data was not taken in: export a bundle for the province once more (it re-sends every record on this computer), then import its reply.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="396"/>
        <source>Dữ liệu trên máy chưa khớp hoàn toàn với máy chủ; lần đồng bộ sau sẽ kiểm tra lại.</source>
        <translation>The data on this computer does not fully match the server yet; the next sync will check again.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="397"/>
        <source>Đồng hồ máy tính chạy nhanh hơn giờ máy chủ; các thay đổi đã được ghi theo giờ máy chủ. Hãy chỉnh lại ngày giờ của máy tính.</source>
        <translation>This computer&apos;s clock runs fast compared with the server&apos;s; changes were stamped with the server&apos;s time. Correct the computer&apos;s date and time.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="398"/>
        <source>Máy chủ từ chối mốc nhật ký: nhật ký trên máy này ngắn hơn mốc đã neo (có dòng bị xóa). Máy chủ đã gắn cờ máy này; chạy &quot;Kiểm tra tính toàn vẹn&quot; ở trang Quản trị (hoặc wardbook audit verify) và báo cho quản trị cấp tỉnh.</source>
        <translation>The server refused the audit anchor: the log on this computer is shorter than its anchor (rows were deleted). The server has flagged this computer; run &quot;Verify integrity&quot; on the Administration page (or wardbook audit verify) and tell the province administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="399"/>
        <source>Máy chủ từ chối mốc nhật ký: nhật ký trên máy này không nối tiếp mốc đã neo (có dòng bị sửa). Máy chủ đã gắn cờ máy này; chạy &quot;Kiểm tra tính toàn vẹn&quot; ở trang Quản trị (hoặc wardbook audit verify) và báo cho quản trị cấp tỉnh.</source>
        <translation>The server refused the audit anchor: the log on this computer does not extend its anchor (a row was changed). The server has flagged this computer; run &quot;Verify integrity&quot; on the Administration page (or wardbook audit verify) and tell the province administrator.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="400"/>
        <source>Máy chủ từ chối mốc nhật ký: chữ ký không phải của máy này. Máy chủ đã gắn cờ máy này; báo cho quản trị cấp tỉnh.</source>
        <translation>The server refused the audit anchor: it was not signed by this computer&apos;s key. The server has flagged this computer; tell the province administrator.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="25"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="41"/>
        <source>Nặc danh</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="27"/>
        <source>(được bảo vệ)</source>
        <translation>(protected)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="32"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="46"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="71"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="148"/>
        <source>Có giá trị</source>
        <translation>Valuable</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="32"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="46"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="71"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="149"/>
        <source>Không có giá trị</source>
        <translation>Not valuable</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="32"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="45"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="70"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="150"/>
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="37"/>
        <source>Tiếp nhận tin tố giác tội phạm</source>
        <translation>Receive a crime tip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="39"/>
        <source>Ngày tiếp nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="40"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="102"/>
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="42"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="103"/>
        <source>Người báo tin</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="43"/>
        <source>Liên hệ người báo tin</source>
        <translation>Reporter&apos;s contact</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="44"/>
        <source>Nội dung tin *</source>
        <translation>Content of the tip *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="45"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="70"/>
        <location filename="../desktop_app/ui/pages/tips.py" line="105"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="68"/>
        <source>Đánh giá và kết quả xử lý tin</source>
        <translation>Assessment and outcome of the tip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="73"/>
        <source>Kết quả xử lý</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="92"/>
        <source>Tiếp nhận tin mới</source>
        <translation>New tip</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="94"/>
        <source>Đánh giá / kết quả</source>
        <translation>Assess / outcome</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="101"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="104"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="106"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="128"/>
        <source>Tìm nội dung, kết quả, người báo tin… (Ctrl+F)</source>
        <translation>Search content, result, reporter… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="129"/>
        <source>Tìm nội dung, kết quả xử lý… (Ctrl+F)</source>
        <translation>Search content, result… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="130"/>
        <source>Gõ không dấu được; tin hiện ra khi có đủ mọi từ đã gõ</source>
        <translation>Accents optional; a tip is shown when it has every word typed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="134"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="135"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="137"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="143"/>
        <source>Gõ ngày như 1/11/2026 hoặc 01/11/26; để trống là không giới hạn</source>
        <translation>Type a date such as 1/11/2026 or 01/11/26; empty means no limit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="148"/>
        <source>Mọi đánh giá</source>
        <translation>Any assessment</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="155"/>
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="156"/>
        <source>Chưa xử lý xong</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="157"/>
        <source>Đã xử lý xong</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="159"/>
        <source>Đã xử lý xong: tin đã được đánh giá và đã ghi kết quả xử lý</source>
        <translation>Settled: the tip is assessed and its result recorded</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/tips.py" line="221"/>
        <source>{tips}, %Ln tin có giá trị</source>
        <translation>
            <numerusform>{tips}, %Ln valuable</numerusform>
            <numerusform>{tips}, %Ln valuable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/tips.py" line="222"/>
        <source>%Ln tin</source>
        <translation>
            <numerusform>%Ln tip</numerusform>
            <numerusform>%Ln tips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="224"/>
        <source>Đang lọc: {found}</source>
        <translation>Filtered: {found}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/tips.py" line="226"/>
        <source>(hiển thị {n} tin mới nhất)</source>
        <translation>(showing the {n} newest)</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="32"/>
        <source>gõ tên hoặc mã xã chuyển đến (gõ không dấu được)</source>
        <translation>type the name or code of the receiving commune (accents optional)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="57"/>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="113"/>
        <source>Chuyển địa bàn</source>
        <translation>Transfer to another commune</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="59"/>
        <source>Chuyển {name} cùng toàn bộ hồ sơ (hồ sơ quản lý, thăm gặp, nhận xét, vắng mặt, vi phạm, lượt gọi hỏi) sang xã khác trong tỉnh. Sau khi đồng bộ, hồ sơ rời máy này; xã nhận tiếp tục quản lý.</source>
        <translation>Transfer {name} with their whole file (cases, contacts, assessments, absences, violations, warning-session attendances) to another commune of the province. After the sync the file leaves this computer; the receiving commune takes over.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="66"/>
        <source>Chuyển đến xã *</source>
        <translation>To commune *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="67"/>
        <source>Lý do *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="68"/>
        <source>Ví dụ: chuyển nơi cư trú</source>
        <translation>E.g. change of residence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="69"/>
        <source>Số văn bản chuyển</source>
        <translation>Transfer document number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="70"/>
        <source>Nơi ở hiện tại mới</source>
        <translation>New current address</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="71"/>
        <source>nếu đã biết</source>
        <translation>if known</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="82"/>
        <source>Máy này chưa biết xã nào khác trong tỉnh: hãy đồng bộ với máy chủ tỉnh để nhận danh sách xã, rồi chuyển.</source>
        <translation>This computer knows no other commune of the province yet: sync with the provincial server to receive the commune list, then transfer.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="110"/>
        <source>Chuyển {name} cùng toàn bộ hồ sơ ({cases} hồ sơ đang quản lý) sang {unit}? Sau lần đồng bộ tới, hồ sơ rời khỏi máy này; chỉ xã nhận sửa được.</source>
        <translation>Transfer {name} with their whole file ({cases} open cases) to {unit}? After the next sync the file leaves this computer; only the receiving commune can change it.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="114"/>
        <source>Chuyển</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/transfer.py" line="114"/>
        <source>Không chuyển</source>
        <translation>Do not transfer</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/unit_picker.py" line="30"/>
        <source>gõ tên hoặc mã xã, phường (gõ không dấu được)</source>
        <translation>type the commune&apos;s or ward&apos;s name or code (accents optional)</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="418"/>
        <source>Sửa vi phạm</source>
        <translation>Correct the violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="419"/>
        <source>Ghi nhận vi phạm</source>
        <translation>Record a violation</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="421"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="422"/>
        <source>Hành vi vi phạm *</source>
        <translation>Violation *</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="423"/>
        <source>Số biên bản</source>
        <translation>Record number</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="424"/>
        <source>Hình thức xử lý</source>
        <translation>How it was handled</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="24"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="418"/>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="25"/>
        <source>Rút ngắn thời hạn</source>
        <translation>Term reduced</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="26"/>
        <source>Miễn chấp hành</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="27"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="421"/>
        <source>Chuyển đi</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="28"/>
        <source>Nhận chuyển đến</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="29"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="423"/>
        <source>Bị kết án mới</source>
        <translation>New conviction</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="30"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="424"/>
        <source>Đề nghị Tòa án buộc chấp hành án phạt tù</source>
        <translation>Propose that the court order the prison sentence served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="31"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="425"/>
        <source>Tòa án buộc chấp hành án phạt tù</source>
        <translation>Court ordered the prison sentence served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/case_end.py" line="32"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="426"/>
        <source>Đã chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự</source>
        <translation>Supplementary penalty and civil obligation done</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="121"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="440"/>
        <source>Cảnh cáo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="122"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="441"/>
        <source>Phạt tiền</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="123"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="405"/>
        <source>Cải tạo không giam giữ</source>
        <translation>Non-custodial reform</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="124"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="404"/>
        <source>Án treo</source>
        <translation>Suspended sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="125"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="443"/>
        <source>Tù đến 5 năm</source>
        <translation>Prison up to 5 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="126"/>
        <source>Tù trên 5 năm đến 15 năm</source>
        <translation>Prison over 5 up to 15 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="127"/>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="445"/>
        <source>Tù trên 15 năm</source>
        <translation>Prison over 15 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/records.py" line="128"/>
        <source>Tù chung thân, tử hình được giảm án</source>
        <translation>Life imprisonment, or death sentence commuted</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="401"/>
        <source>Giáo dục tại xã, phường, thị trấn</source>
        <translation>Education in the commune</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="402"/>
        <source>Quản lý tại gia đình</source>
        <translation>Family management (minors)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="403"/>
        <source>Tái hòa nhập cộng đồng</source>
        <translation>Community reintegration</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="406"/>
        <source>Tha tù trước thời hạn có điều kiện</source>
        <translation>Conditional early release</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="407"/>
        <source>Quản lý người sử dụng trái phép chất ma túy</source>
        <translation>Illegal drug users</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="408"/>
        <source>Đối tượng lầm lỗi</source>
        <translation>People who erred</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="409"/>
        <source>Quản chế</source>
        <translation>Probation surveillance</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="410"/>
        <source>Cấm cư trú</source>
        <translation>Residence ban</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="411"/>
        <source>Quản lý sau cai nghiện ma túy</source>
        <translation>After-rehab drug management</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="412"/>
        <source>Thăm gặp tại nhà</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="413"/>
        <source>Trình diện tại trụ sở</source>
        <translation>Check-in at the station</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="414"/>
        <source>Gọi điện</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="415"/>
        <source>Nhận bản tự nhận xét</source>
        <translation>Self-report received</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="416"/>
        <source>Xét nghiệm ma túy</source>
        <translation>Drug test</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="417"/>
        <source>Triệu tập làm việc</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="419"/>
        <source>Rút ngắn thời hạn (quyết định của Tòa án)</source>
        <translation>Term shortened (court decision)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="420"/>
        <source>Miễn chấp hành (quyết định của Tòa án)</source>
        <translation>Exempted (court decision)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="422"/>
        <source>Chuyển đến</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="427"/>
        <source>Nhà trọ tự quản</source>
        <translation>Self-managed boarding houses</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="428"/>
        <source>4 an toàn - cơ quan</source>
        <translation>“4 safeties” – agencies</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="429"/>
        <source>4 an toàn - doanh nghiệp</source>
        <translation>“4 safeties” – enterprises</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="430"/>
        <source>4 an toàn - bệnh viện</source>
        <translation>“4 safeties” – hospitals</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="431"/>
        <source>4 an toàn - nhà trường</source>
        <translation>“4 safeties” – schools</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="432"/>
        <source>Họ giáo không có tội phạm</source>
        <translation>Crime-free parish</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="433"/>
        <source>Xã, phường không có ma túy</source>
        <translation>Drug-free commune or ward</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="434"/>
        <source>Hỗ trợ tái hòa nhập cộng đồng</source>
        <translation>Reintegration support</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="435"/>
        <source>5 tự quản</source>
        <translation>“5 self-managed”</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="436"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="437"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="438"/>
        <source>Trưởng Công an xã</source>
        <translation>Commune Police Chief</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="439"/>
        <source>Quản trị tỉnh</source>
        <translation>Provincial administrator</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="442"/>
        <source>Tù cho hưởng án treo</source>
        <translation>Suspended prison sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="444"/>
        <source>Tù từ trên 5 năm đến 15 năm</source>
        <translation>Prison over 5 to 15 years</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="446"/>
        <source>Tù chung thân hoặc tử hình được giảm án</source>
        <translation>Life or commuted death sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="447"/>
        <source>Đã được xóa án tích</source>
        <translation>Record cleared</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="448"/>
        <source>Đưa ra khỏi diện quản lý</source>
        <translation>Removed from the watch list</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="449"/>
        <source>Đã chấp hành xong thời gian thử thách</source>
        <translation>Probation completed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="450"/>
        <source>Bị buộc chấp hành án phạt tù</source>
        <translation>Ordered to serve the prison sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="451"/>
        <source>Bị buộc chấp hành phần hình phạt tù còn lại</source>
        <translation>Ordered to serve the rest of the prison sentence</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="452"/>
        <source>Đã chấp hành xong án phạt</source>
        <translation>Sentence served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="453"/>
        <source>Đã chấp hành xong quyết định</source>
        <translation>Decision served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="454"/>
        <source>Chấm dứt trước thời hạn</source>
        <translation>Terminated early</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="455"/>
        <source>Hủy quyết định</source>
        <translation>Decision annulled</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="456"/>
        <source>Hết thời hạn quản lý</source>
        <translation>Management term ended</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="457"/>
        <source>Đã chấp hành xong hình phạt quản chế</source>
        <translation>Probation surveillance served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="458"/>
        <source>Đã chấp hành xong hình phạt cấm cư trú</source>
        <translation>Residence ban served</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="459"/>
        <source>Đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="460"/>
        <source>Đang quản lý</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="461"/>
        <source>Tạm đình chỉ</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="462"/>
        <source>Đã chấp hành xong</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="463"/>
        <source>Hủy bỏ</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="464"/>
        <source>Đã chuyển đi</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="465"/>
        <source>Đã chết</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="466"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="467"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="468"/>
        <source>Đơn thư</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="469"/>
        <source>Đường dây nóng</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="470"/>
        <source>Hòm thư tố giác</source>
        <translation>Tip box</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/i18n_catalog.py" line="471"/>
        <source>Mạng xã hội / trực tuyến</source>
        <translation>Social media / online</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="14"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="15"/>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/models.py" line="16"/>
        <source>Giải thể</source>
        <translation>Dissolved</translation>
    </message>
</context>
</TS>
