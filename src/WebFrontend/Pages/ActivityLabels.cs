namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>What an agency's accepted commands are called on its page (the activity is counted by command type).</summary>
public static class ActivityLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["RegisterPerson"] = "Đăng ký báo cáo viên, tuyên truyền viên",
        ["DeactivatePerson"] = "Cho thôi báo cáo viên, tuyên truyền viên",
        ["RecordOfficials"] = "Cán bộ xã chuyên trách và số đã tập huấn",
        ["RecordDelivery"] = "Cấp phát tài liệu tuyên truyền tới xã",
        ["RecordSurvey"] = "Khảo sát nhận thức của người dân",
        ["RegisterLegalDocument"] = "Thêm văn bản QPPL vào danh mục",
        ["RequireGuidance"] = "Văn bản hướng dẫn phải ban hành",
        ["IssueGuidance"] = "Ban hành văn bản hướng dẫn",
        ["ReceiveTip"] = "Tiếp nhận tin báo, tố giác",
        ["ClassifyTip"] = "Phân loại tin báo",
        ["ConcludeVerification"] = "Kết luận xác minh tin báo",
        ["OpenCase"] = "Khởi tố vụ án",
        ["RecordInvestigation"] = "Kết quả điều tra",
        ["ProsecuteCase"] = "Truy tố (chuyển hồ sơ sang Tòa án)",
        ["RecordTrial"] = "Xét xử sơ thẩm",
        ["RecordJudgmentInForce"] = "Bản án có hiệu lực pháp luật",
        ["RecordAppealJudgment"] = "Xét xử phúc thẩm",
        ["OverturnJudgment"] = "Giám đốc thẩm, tái thẩm",
        ["DesignateKeyArea"] = "Xác định tuyến, địa bàn trọng điểm",
        ["RecordKeyAreaMeasure"] = "Áp dụng biện pháp nghiệp vụ tại tuyến, địa bàn trọng điểm",
        ["PlanCampaign"] = "Mở đợt cao điểm",
        ["RecordCampaignResult"] = "Kết quả đợt cao điểm",
        ["SubmitSectorStatistics"] = "Nộp số liệu thống kê liên ngành",
        ["ReceivePerson"] = "Tiếp nhận người trở về",
        ["StartVerification"] = "Bắt đầu xác minh",
        ["ConcludeIdentification"] = "Kết luận xác minh, xác định nạn nhân",
        ["GiveConsent"] = "Ghi nhận đồng ý của người được tiếp nhận",
        ["WithdrawConsent"] = "Ghi nhận rút lại đồng ý",
        ["RecordSupport"] = "Hỗ trợ nạn nhân",
        ["DeclineLegalAid"] = "Nạn nhân từ chối trợ giúp pháp lý",
        ["ApplyProtection"] = "Áp dụng biện pháp bảo vệ",
        ["AssignOfficer"] = "Phân công cán bộ theo dõi",
        ["ChangeHome"] = "Sửa nơi cư trú",
        ["CorrectTip"] = "Sửa số liệu tin báo",
        ["CorrectCase"] = "Sửa số liệu vụ án",
        ["CorrectPerson"] = "Sửa số liệu tiếp nhận",
        ["CloseRecord"] = "Đóng hồ sơ",
    };

    /// <summary>The Vietnamese label of a command type (the key of its English text); the type itself when unknown.</summary>
    public static string Of(string commandType) => Labels.GetValueOrDefault(commandType, commandType);
}
