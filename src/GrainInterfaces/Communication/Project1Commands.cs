using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Indicators;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.GrainInterfaces.Commands.CommandRoles;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>The commands of Project 1 (communication): communes, districts and the program's catalog.</summary>
public static class Project1Commands
{
    private const int Communication = 1;

    /// <summary>Project 1's agencies (any role in project 1 of the agencies file).</summary>
    private static readonly AgencySet Project1Agencies = new([], MembersOf: Communication);

    private static readonly FormField Commune = new("target", "Xã, phường, thị trấn", FieldKind.Commune);
    private static readonly FormField District = new("target", "Huyện, thị xã, thành phố", FieldKind.District);
    private static readonly FormField Program = new("target", "Mã chương trình", FieldKind.Program);

    /// <summary>The material kinds, also the keys of the materials output.</summary>
    public static readonly ImmutableArray<FormChoice> Materials =
    [
        new(MaterialKinds.Banner, "Băng rôn"), new(MaterialKinds.Slogan, "Khẩu hiệu"), new(MaterialKinds.Leaflet, "Tờ gấp"),
        new(MaterialKinds.Poster, "Tranh cổ động"), new(MaterialKinds.Handbook, "Sổ tay"), new(MaterialKinds.QaBook, "Sách hỏi đáp"),
        new(MaterialKinds.Other, "Tài liệu khác"),
    ];

    /// <summary>Every command of Project 1, declared once (<see cref="CommandDeclaration"/>).</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
    [
        // The units' own registers are district data entry; materials and surveys also come from Project 1's agencies;
        // the program's catalog is kept by Project 1's lead, with Justice for legal documents, and a guidance document
        // is recorded as issued by the agency responsible for it (or the lead).
        Declare<RecordDelivery>("Cấp phát tài liệu tuyên truyền tới xã",
                new("ghi nhận tài liệu tuyên truyền đến xã", "record a delivery of materials", AgenciesAndDistricts, Project1Agencies))
            .Unit<ICommuneGrain>("/communes/{code}/deliveries", "Cấp phát tài liệu tuyên truyền / Deliver propaganda material",
                (g, c) => g.RecordDeliveryAsync(c), form: new("cap-phat-tai-lieu", Commune, [
                    new("documentCode", "Số hiệu văn bản QPPL (trong danh mục)", FieldKind.Text),
                    new("materialKind", "Loại tài liệu", FieldKind.Choice, Choices: Materials),
                    new("quantity", "Số lượng", FieldKind.Integer),
                    new("deliveredOn", "Ngày cấp phát", FieldKind.Date),
                ], Shown: "target")),
        Declare<RecordSurvey>("Khảo sát nhận thức của người dân",
                new("ghi nhận khảo sát nhận thức", "record an awareness survey", AgenciesAndDistricts, Project1Agencies))
            .Unit<ICommuneGrain>("/communes/{code}/surveys", "Khảo sát nhận thức / Awareness survey",
                (g, c) => g.RecordSurveyAsync(c), form: new("khao-sat-nhan-thuc", Commune, [
                    new("surveyId", "Mã đợt khảo sát", FieldKind.Text),
                    new("conductedOn", "Ngày khảo sát", FieldKind.Date),
                    new("respondents", "Số người được hỏi", FieldKind.Integer),
                    new("aware", "Số người hiểu biết", FieldKind.Integer),
                ], Shown: "target")),
        Declare<RecordOfficials>("Cán bộ xã chuyên trách và số đã tập huấn",
                new("ghi nhận số cán bộ được tập huấn", "record officials and their training", Districts, AgencySet.None))
            .Unit<ICommuneGrain>("/communes/{code}/officials", "Số cán bộ chuyên trách và đã tập huấn / Specialised officials and trained",
                (g, c) => g.RecordOfficialsAsync(c), form: new("can-bo-chuyen-trach", Commune, [
                    new("asOf", "Tính đến ngày", FieldKind.Date),
                    new("total", "Số cán bộ chuyên trách", FieldKind.Integer),
                    new("trained", "Số đã được tập huấn", FieldKind.Integer),
                ], Shown: "target")),
        Declare<RegisterPerson>("Đăng ký báo cáo viên, tuyên truyền viên",
                new("đăng ký báo cáo viên, tuyên truyền viên", "register a reporter or propagandist", Districts, AgencySet.None))
            .Unit<IDistrictGrain>("/districts/{code}/reporters", "Đăng ký báo cáo viên / Register a district reporter",
                (g, c) => g.RegisterReporterAsync(c), form: new("bao-cao-vien", District, [new("personId", "Mã báo cáo viên (số danh sách, không phải họ tên)", FieldKind.Text), new("registeredOn", "Ngày bắt đầu", FieldKind.Date)], Title: "Đăng ký báo cáo viên của huyện", Shown: "target"))
            .Unit<ICommuneGrain>("/communes/{code}/propagandists", "Đăng ký tuyên truyền viên / Register a commune propagandist",
                (g, c) => g.RegisterPropagandistAsync(c), form: new("tuyen-truyen-vien", Commune, [new("personId", "Mã tuyên truyền viên (số danh sách, không phải họ tên)", FieldKind.Text), new("registeredOn", "Ngày bắt đầu", FieldKind.Date)], Title: "Đăng ký tuyên truyền viên của xã", Shown: "target")),
        Declare<DeactivatePerson>("Cho thôi báo cáo viên, tuyên truyền viên",
                new("cho thôi báo cáo viên, tuyên truyền viên", "deactivate a reporter or propagandist", Districts, AgencySet.None))
            .Unit<IDistrictGrain>("/districts/{code}/reporters/deactivations", "Cho thôi báo cáo viên / Deactivate a reporter",
                (g, c) => g.DeactivateReporterAsync(c), form: new("bao-cao-vien-thoi", District, [new("personId", "Mã báo cáo viên (số danh sách, không phải họ tên)", FieldKind.Text), new("deactivatedOn", "Ngày thôi", FieldKind.Date)], Title: "Cho thôi báo cáo viên", Shown: "target"))
            .Unit<ICommuneGrain>("/communes/{code}/propagandists/deactivations", "Cho thôi tuyên truyền viên / Deactivate a propagandist",
                (g, c) => g.DeactivatePropagandistAsync(c), form: new("tuyen-truyen-vien-thoi", Commune, [new("personId", "Mã tuyên truyền viên (số danh sách, không phải họ tên)", FieldKind.Text), new("deactivatedOn", "Ngày thôi", FieldKind.Date)], Title: "Cho thôi tuyên truyền viên", Shown: "target")),
        Declare<RegisterLegalDocument>("Thêm văn bản QPPL vào danh mục",
                new("đăng ký văn bản QPPL", "register a legal document", AgencyOfficers, new([VictimRoles.Justice], LeadOf: Communication)))
            .Unit<IProgramCatalogGrain>("/programs/{code}/legal-documents", "Thêm văn bản QPPL vào danh mục / Add a legal document",
                (g, c) => g.RegisterLegalDocumentAsync(c), form: new("van-ban-qppl", Program, [
                    new("documentCode", "Số hiệu văn bản", FieldKind.Text),
                    new("title", "Tên văn bản", FieldKind.Text),
                    new("issuedOn", "Ngày ban hành", FieldKind.Date),
                ])),
        Declare<RequireGuidance>("Văn bản hướng dẫn phải ban hành",
                new("giao ban hành văn bản hướng dẫn", "require a guidance document", AgencyOfficers, new([], LeadOf: Communication)))
            .Unit<IProgramCatalogGrain>("/programs/{code}/guidance", "Văn bản hướng dẫn phải ban hành / Require a guidance document",
                (g, c) => g.RequireGuidanceAsync(c), form: new("van-ban-huong-dan", Program, [
                    new("guidanceCode", "Mã văn bản hướng dẫn", FieldKind.Text),
                    new("title", "Nội dung cần hướng dẫn", FieldKind.Text),
                    new("responsibleAgency", "Cơ quan chủ trì ban hành", FieldKind.Agency),
                ])),
        Declare<IssueGuidance>("Ban hành văn bản hướng dẫn",
                new("ghi nhận ban hành văn bản hướng dẫn", "record a guidance document as issued", AgencyOfficers, new([], LeadOf: Communication, Target: true)))
            .Unit<IProgramCatalogGrain>("/programs/{code}/guidance/issuings", "Ban hành văn bản hướng dẫn / Issue a guidance document",
                (g, c) => g.IssueGuidanceAsync(c), form: new("ban-hanh-huong-dan", Program, [
                    new("guidanceCode", "Mã văn bản hướng dẫn", FieldKind.Text),
                    new("documentNumber", "Số văn bản đã ban hành", FieldKind.Text),
                    new("issuedOn", "Ngày ban hành", FieldKind.Date),
                ])),
    ];

    private static CommandDeclaration<T> Declare<T>(string label, Permission permission)
        where T : class, ICommand => CommandDeclaration.Of<T>(CommandGroup.Communication, label, permission);
}
