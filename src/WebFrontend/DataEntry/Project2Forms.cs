using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>
/// The forms of Project 2 (law enforcement): the steps of tips, cases and key areas, peak campaigns and the three-sector
/// statistics.
/// </summary>
internal static class Project2Forms
{
    private static readonly FormField Tip = new("target", "Số hiệu tin báo (do cơ quan tiếp nhận đặt)", FieldKind.Text);
    private static readonly FormField Case = new("target", "Số hiệu vụ án", FieldKind.Text);
    private static readonly FormField KeyArea = new("target", "Mã tuyến, địa bàn trọng điểm", FieldKind.Text);
    private static readonly FormField Campaign = new("target", "Mã đợt cao điểm (do cơ quan mở đợt đặt)", FieldKind.Text);
    private static readonly FormField Unit = new("unitCode", "Nơi xảy ra (xã; không rõ xã thì cả huyện)", FieldKind.Place);

    /// <summary>Where tips come from.</summary>
    private static readonly IReadOnlyList<FormChoice> Sources =
    [
        new("citizen", "Tin báo của công dân"), new("denunciation", "Tố giác"),
        new("agencyReferral", "Kiến nghị khởi tố của cơ quan, tổ chức"), new("foreignPolice", "Thông báo của công an nước ngoài"),
    ];

    /// <summary>The purposes of trafficking.</summary>
    private static readonly IReadOnlyList<FormChoice> Forms =
    [
        new("marriage", "Hôn nhân"), new("labour", "Cưỡng bức lao động"), new("sexualExploitation", "Bóc lột tình dục"), new("other", "Mục đích khác"),
    ];

    /// <summary>The reason every correction form asks for.</summary>
    public static readonly FormField Reason = new("reason", "Lý do sửa (ví dụ: nhập nhầm, theo văn bản số …)", FieldKind.Text);

    public static IEnumerable<EntryForm> All()
    {
        yield return EntryForm.ToRecord<ReceiveTip>(
            "tiep-nhan-tin-bao", Tip,
            [
                new("receivedOn", "Ngày tiếp nhận", FieldKind.Date),
                Unit,
                new("source", "Nguồn tin", FieldKind.Choice, Choices: Sources),
                new("sourceName", "Cơ quan chuyển, thông báo (nếu có)", FieldKind.Text, Required: false),
            ],
            i => new ReceiveTip(i.Key, i.Actor, i.Date("receivedOn"), i.Text("unitCode"), i.Choice<TipSource>("source"), i.OptionalText("sourceName")),
            i => i.Raw("unitCode"));
        yield return EntryForm.ToRecord<CorrectTip>(
            "sua-so-lieu-tin-bao", Tip,
            [
                new("receivedOn", "Ngày tiếp nhận đúng", FieldKind.Date, Required: false),
                new("unitCode", "Nơi xảy ra đúng (xã; không rõ xã thì cả huyện)", FieldKind.Place, Required: false),
                new("source", "Nguồn tin đúng", FieldKind.Choice, Required: false, Choices: Sources),
                Reason,
            ],
            i => new CorrectTip(i.Key, i.Actor, i.Text("reason"), i.OptionalDate("receivedOn"), i.OptionalText("unitCode"), i.OptionalChoice<TipSource>("source")),
            i => i.OptionalText("unitCode"));
        yield return EntryForm.ToRecord<ClassifyTip>(
            "phan-loai-tin-bao", Tip,
            [
                new("classifiedOn", "Ngày phân loại", FieldKind.Date),
                new("classification", "Kết quả phân loại", FieldKind.Choice, Choices:
                [
                    new("signsOfCrime", "Có dấu hiệu tội phạm"), new("noSigns", "Không có dấu hiệu tội phạm"), new("transferred", "Chuyển cơ quan khác"),
                ]),
            ],
            i => new ClassifyTip(i.Key, i.Actor, i.Date("classifiedOn"), i.Choice<TipClassification>("classification")));
        yield return EntryForm.ToRecord<ConcludeVerification>(
            "ket-luan-xac-minh-tin-bao", Tip,
            [
                new("concludedOn", "Ngày kết luận", FieldKind.Date),
                new("conclusion", "Kết quả xác minh", FieldKind.Choice, Choices: [new("caseOpened", "Khởi tố vụ án"), new("dismissed", "Không khởi tố")]),
                new("caseId", "Số hiệu vụ án đã khởi tố (nếu có)", FieldKind.Text, Required: false),
            ],
            i => new ConcludeVerification(i.Key, i.Actor, i.Date("concludedOn"), i.Choice<VerificationConclusion>("conclusion"), i.OptionalText("caseId")));
        yield return EntryForm.ToRecord<OpenCase>(
            "khoi-to-vu-an", Case,
            [
                new("openedOn", "Ngày khởi tố", FieldKind.Date),
                Unit,
                new("suspects", "Số bị can", FieldKind.Integer),
                new("form", "Mục đích mua bán người", FieldKind.Choice, Choices: Forms),
                new("abroad", "Mua bán ra nước ngoài", FieldKind.Check, Required: false),
                new("tipId", "Số hiệu tin báo (nếu có)", FieldKind.Text, Required: false),
            ],
            i => new OpenCase(i.Key, i.Actor, i.Date("openedOn"), i.Text("unitCode"), i.Integer("suspects"), i.Choice<TraffickingForm>("form"),
                i.Check("abroad"), i.OptionalText("tipId")),
            i => i.Raw("unitCode"));
        yield return EntryForm.ToRecord<CorrectCase>(
            "sua-so-lieu-vu-an", Case,
            [
                new("openedOn", "Ngày khởi tố đúng", FieldKind.Date, Required: false),
                new("unitCode", "Nơi xảy ra đúng (xã; không rõ xã thì cả huyện)", FieldKind.Place, Required: false),
                new("suspects", "Số bị can đúng", FieldKind.Integer, Required: false),
                new("form", "Mục đích mua bán người đúng", FieldKind.Choice, Required: false, Choices: Forms),
                new("abroad", "Mua bán ra nước ngoài (đúng)", FieldKind.Choice, Required: false,
                    Choices: [new("true", "Có — ra nước ngoài"), new("false", "Không — trong nước")]),
                Reason,
            ],
            i => new CorrectCase(i.Key, i.Actor, i.Text("reason"), i.OptionalDate("openedOn"), i.OptionalText("unitCode"), i.OptionalInteger("suspects"),
                i.OptionalChoice<TraffickingForm>("form"), i.OptionalYesNo("abroad")),
            i => i.OptionalText("unitCode"));
        yield return EntryForm.ToRecord<RecordInvestigation>(
            "ket-qua-dieu-tra", Case,
            [
                new("recordedOn", "Ngày ghi nhận", FieldKind.Date),
                new("suspectsArrested", "Số đối tượng bị bắt", FieldKind.Integer),
                new("victimsRescued", "Số nạn nhân được giải cứu", FieldKind.Integer),
                new("specialProject", "Xác lập chuyên án", FieldKind.Check, Required: false),
            ],
            i => new RecordInvestigation(i.Key, i.Actor, i.Date("recordedOn"), i.Integer("suspectsArrested"), i.Integer("victimsRescued"), i.Check("specialProject")));
        yield return EntryForm.ToRecord<ProsecuteCase>(
            "truy-to", Case,
            [new("sentToCourtOn", "Ngày chuyển Tòa án", FieldKind.Date), new("suspectsProsecuted", "Số bị can bị truy tố", FieldKind.Integer)],
            i => new ProsecuteCase(i.Key, i.Actor, i.Date("sentToCourtOn"), i.Integer("suspectsProsecuted")));
        yield return EntryForm.ToRecord<RecordTrial>(
            "xet-xu-so-tham", Case,
            [
                new("triedOn", "Ngày xét xử", FieldKind.Date),
                new("verdict", "Phán quyết", FieldKind.Choice, Choices: [new("convicted", "Có tội"), new("acquitted", "Tuyên không phạm tội")]),
                new("peopleConvicted", "Số người bị kết án", FieldKind.Integer),
                new("mobile", "Xét xử lưu động", FieldKind.Check, Required: false),
            ],
            i => new RecordTrial(i.Key, i.Actor, i.Date("triedOn"), i.Choice<Verdict>("verdict"), i.Integer("peopleConvicted"), i.Check("mobile")));
        yield return EntryForm.ToRecord<RecordJudgmentInForce>(
            "ban-an-co-hieu-luc", Case,
            [new("inForceOn", "Ngày có hiệu lực", FieldKind.Date)],
            i => new RecordJudgmentInForce(i.Key, i.Actor, i.Date("inForceOn")));
        yield return EntryForm.ToRecord<RecordAppealJudgment>(
            "xet-xu-phuc-tham", Case,
            [
                new("decidedOn", "Ngày xét xử phúc thẩm", FieldKind.Date),
                new("outcome", "Quyết định phúc thẩm", FieldKind.Choice, Choices:
                [
                    new("upheld", "Giữ nguyên bản án sơ thẩm"), new("amended", "Sửa bản án sơ thẩm"), new("setAside", "Hủy bản án sơ thẩm để xét xử lại"),
                ]),
            ],
            i => new RecordAppealJudgment(i.Key, i.Actor, i.Date("decidedOn"), i.Choice<AppealOutcome>("outcome")));
        yield return EntryForm.ToRecord<OverturnJudgment>(
            "giam-doc-tham-tai-tham", Case,
            [
                new("overturnedOn", "Ngày quyết định giám đốc thẩm, tái thẩm", FieldKind.Date),
                new("wrongful", "Bản án đã kết án oan sai", FieldKind.Check, Required: false),
                new("retrialOrdered", "Giao xét xử sơ thẩm lại", FieldKind.Check, Required: false),
            ],
            i => new OverturnJudgment(i.Key, i.Actor, i.Date("overturnedOn"), i.Check("wrongful"), i.Check("retrialOrdered")));
        yield return EntryForm.ToRecord<DesignateKeyArea>(
            "tuyen-dia-ban-trong-diem", KeyArea,
            [
                new("designatedOn", "Ngày xác định", FieldKind.Date),
                new("unitCode", "Thuộc xã, hoặc cả huyện", FieldKind.Place),
                new("kind", "Loại", FieldKind.Choice, Choices: [new("route", "Tuyến trọng điểm"), new("area", "Địa bàn trọng điểm")]),
                new("name", "Tên tuyến, địa bàn", FieldKind.Text),
            ],
            i => new DesignateKeyArea(i.Key, i.Actor, i.Date("designatedOn"), i.Text("unitCode"), i.Choice<KeyAreaKind>("kind"), i.Text("name")),
            i => i.Raw("unitCode"));
        yield return EntryForm.ToRecord<RecordKeyAreaMeasure>(
            "bien-phap-nghiep-vu", KeyArea,
            [new("appliedOn", "Ngày áp dụng", FieldKind.Date), new("description", "Biện pháp đã áp dụng", FieldKind.Text)],
            i => new RecordKeyAreaMeasure(i.Key, i.Actor, i.Date("appliedOn"), i.Text("description")));
        yield return EntryForm.ToRecord<PlanCampaign>(
            "mo-dot-cao-diem", Campaign,
            [
                new("name", "Tên đợt cao điểm", FieldKind.Text),
                new("startsOn", "Ngày bắt đầu", FieldKind.Date),
                new("endsOn", "Ngày kết thúc", FieldKind.Date),
                new("districtCodes", "Các huyện thực hiện", FieldKind.Districts),
            ],
            i => new PlanCampaign(i.Key, i.Actor, i.Text("name"), i.Date("startsOn"), i.Date("endsOn"), i.Codes("districtCodes")));
        yield return EntryForm.ToRecord<RecordCampaignResult>(
            "ket-qua-dot-cao-diem", Campaign,
            [
                new("result.districtCode", "Huyện thực hiện", FieldKind.District),
                new("result.recordedOn", "Ngày ghi nhận kết quả", FieldKind.Date),
                new("result.arrests", "Số đối tượng bị bắt", FieldKind.Integer),
                new("result.casesDetected", "Số vụ việc phát hiện", FieldKind.Integer),
            ],
            i => new RecordCampaignResult(i.Key, i.Actor, new CampaignResult(
                i.Text("result.districtCode"), i.Date("result.recordedOn"), i.Integer("result.arrests"), i.Integer("result.casesDetected"))),
            i => i.Raw("result.districtCode"));
        yield return EntryForm.ToPeriod<SubmitSectorStatistics>(
            "thong-ke-lien-nganh",
            new FormField("target", "Kỳ thống kê (năm 2013, 6 tháng 2013-H1, quý 2013-Q2)", FieldKind.Text),
            [
                new("counts.casesOpened", "Số vụ khởi tố", FieldKind.Integer, Required: false),
                new("counts.casesProsecuted", "Số vụ truy tố", FieldKind.Integer, Required: false),
                new("counts.suspectsProsecuted", "Số bị can bị truy tố", FieldKind.Integer, Required: false),
                new("counts.casesTried", "Số vụ xét xử sơ thẩm", FieldKind.Integer, Required: false),
                new("counts.peopleConvicted", "Số bị cáo bị kết án", FieldKind.Integer, Required: false),
            ],
            i => new SubmitSectorStatistics(i.Key, i.Actor, new SectorCounts(
                i.OptionalCount("counts.casesOpened"), i.OptionalCount("counts.casesProsecuted"), i.OptionalCount("counts.suspectsProsecuted"),
                i.OptionalCount("counts.casesTried"), i.OptionalCount("counts.peopleConvicted"))));
    }
}
