using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Records;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace AntiTrafficking.WebFrontend.Pages.Records;

/// <summary>The three kinds of records as the pages name them: their address, title, statuses and steps in words.</summary>
public static class RecordKinds
{
    /// <summary>
    /// Gives the list and record pages their other two addresses (each page declares the tips' one): <c>/vu-an</c>,
    /// <c>/nan-nhan</c> and their <c>/{id}</c>. The kind is the address's first segment.
    /// </summary>
    public static void AddRoutes(PageConventionCollection conventions)
    {
        foreach (var segment in new[] { "vu-an", "nan-nhan" })
        {
            conventions.AddPageRoute("/Records/List", segment);
            conventions.AddPageRoute("/Records/Record", segment + "/{id}");
        }
    }

    /// <summary>The kind of the records of a request to a list or record page, from its address.</summary>
    public static RecordKind FromPath(PathString path) =>
        FromSegment(path.Value?.TrimStart('/').Split('/')[0] ?? "");

    public static RecordKind FromSegment(string segment) => segment switch
    {
        "tin-bao" => RecordKind.Tip,
        "vu-an" => RecordKind.Case,
        _ => RecordKind.Person,
    };

    public static string Segment(RecordKind kind) => kind switch
    {
        RecordKind.Tip => "tin-bao",
        RecordKind.Case => "vu-an",
        _ => "nan-nhan",
    };

    /// <summary>The list's title (Vietnamese: the key of its English text).</summary>
    public static string Title(RecordKind kind) => kind switch
    {
        RecordKind.Tip => "Tin báo, tố giác về tội phạm mua bán người",
        RecordKind.Case => "Vụ án mua bán người",
        _ => "Người được tiếp nhận",
    };

    /// <summary>What one record of a kind is called.</summary>
    public static string KindName(RecordKind kind) => kind switch
    {
        RecordKind.Tip => "Tin báo",
        RecordKind.Case => "Vụ án",
        _ => "Người được tiếp nhận",
    };

    /// <summary>The names of the date filters, as in the API.</summary>
    public static (string From, string To) DateFilters(RecordKind kind) =>
        kind == RecordKind.Case ? ("openedFrom", "openedTo") : ("receivedFrom", "receivedTo");

    /// <summary>What the date of a list line is.</summary>
    public static string DateLabel(RecordKind kind) => kind == RecordKind.Case ? "Ngày khởi tố" : "Ngày tiếp nhận";

    /// <summary>A status in words (Vietnamese: the key of its English text).</summary>
    public static string Status(string status) => status switch
    {
        "received" => "Đã tiếp nhận",
        "signsOfCrime" => "Có dấu hiệu tội phạm",
        "noSigns" => "Không có dấu hiệu tội phạm",
        "transferred" => "Đã chuyển cơ quan khác",
        "caseOpened" => "Đã khởi tố vụ án",
        "dismissed" => "Không khởi tố",
        "investigating" => "Đang điều tra",
        "awaitingTrial" => "Chờ xét xử",
        "tried" => "Đã xét xử sơ thẩm",
        "inForce" => "Bản án có hiệu lực",
        "closed" => "Đã đóng",
        "verifying" => "Đang xác minh",
        "victim" => "Là nạn nhân",
        "notVictim" => "Không phải nạn nhân",
        _ => status,
    };

    /// <summary>A case's form of trafficking in words.</summary>
    public static string Form(string? form) => form switch
    {
        "marriage" => "Kết hôn",
        "labour" => "Lao động",
        "sexualExploitation" => "Bóc lột tình dục",
        "other" => "Hình thức khác",
        null => "",
        _ => form,
    };

    /// <summary>A step of a record's history in words.</summary>
    public static string Step(string step) => step switch
    {
        "received" => "Tiếp nhận",
        "classified" => "Phân loại",
        "verificationConcluded" => "Kết luận xác minh",
        "opened" => "Khởi tố vụ án",
        "investigation" => "Kết quả điều tra",
        "prosecuted" => "Truy tố, chuyển Tòa án",
        "tried" => "Xét xử sơ thẩm",
        "judgmentInForce" => "Bản án có hiệu lực",
        "appealJudgment" => "Xét xử phúc thẩm",
        "overturned" => "Giám đốc thẩm, tái thẩm",
        "verificationStarted" => "Bắt đầu xác minh",
        "consentGiven" => "Đồng ý",
        "consentWithdrawn" => "Rút lại đồng ý",
        "support" => "Hỗ trợ",
        "legalAidDeclined" => "Từ chối trợ giúp pháp lý",
        "protection" => "Biện pháp bảo vệ",
        "officerAssigned" => "Phân công cán bộ",
        "homeChanged" => "Sửa nơi cư trú",
        "corrected" => "Sửa số liệu",
        "closed" => "Đóng hồ sơ",
        "personalDataRead" => "Xem thông tin cá nhân",
        "personalDataReadRefused" => "Bị từ chối xem thông tin cá nhân",
        "referred" => "Chuyển đến cơ quan khác",
        "referralAccepted" => "Cơ quan được chuyển đến đã nhận",
        "referralDeclined" => "Cơ quan được chuyển đến từ chối",
        _ => step,
    };

    /// <summary>Where a referral stands, in words.</summary>
    public static string ReferralStatus(ReferralStatus status) => status switch
    {
        GrainInterfaces.Records.ReferralStatus.Accepted => "Đã nhận",
        GrainInterfaces.Records.ReferralStatus.Declined => "Đã từ chối",
        _ => "Đang chờ trả lời",
    };

    /// <summary>The form that corrects a value of this kind of record (at /nhap-lieu/{slug}).</summary>
    public static string CorrectionForm(RecordKind kind) => kind switch
    {
        RecordKind.Tip => "sua-so-lieu-tin-bao",
        RecordKind.Case => "sua-so-lieu-vu-an",
        _ => "sua-so-lieu-tiep-nhan",
    };

    /// <summary>A corrected field in words (a birth year is shown as its age group only).</summary>
    public static string CorrectedField(string field) => field switch
    {
        "receivedOn" => "Ngày tiếp nhận",
        "unitCode" => "Nơi xảy ra",
        "source" => "Nguồn tin",
        "openedOn" => "Ngày khởi tố",
        "suspects" => "Số bị can",
        "form" => "Hình thức",
        "abroad" => "Mua bán ra nước ngoài",
        "birthYear" => "Năm sinh (nhóm tuổi)",
        "sex" => "Giới tính",
        "countryCode" => "Trở về từ nước",
        "place" => "Nơi tiếp nhận",
        "howReturned" => "Hình thức trở về",
        _ => field,
    };

    /// <summary>The next step of a record in this status and who may take it, or null when none is due.</summary>
    public static (string Step, string Who)? Next(RecordKind kind, string status) => (kind, status) switch
    {
        (RecordKind.Tip, "received") => ("Phân loại tin báo", "Công an, Bộ đội Biên phòng"),
        (RecordKind.Tip, "signsOfCrime") => ("Kết luận xác minh (khởi tố hoặc không khởi tố)", "Công an, Bộ đội Biên phòng"),
        (RecordKind.Case, "investigating") => ("Kết quả điều tra; truy tố", "Công an, Bộ đội Biên phòng; Viện kiểm sát"),
        (RecordKind.Case, "awaitingTrial") => ("Xét xử sơ thẩm", "Tòa án"),
        (RecordKind.Case, "tried") => ("Bản án có hiệu lực hoặc xét xử phúc thẩm", "Tòa án"),
        (RecordKind.Person, "received") => ("Bắt đầu xác minh", "Công an, Bộ đội Biên phòng"),
        (RecordKind.Person, "verifying") => ("Kết luận xác định nạn nhân", "Công an, Bộ đội Biên phòng"),
        (RecordKind.Person, "victim") => ("Hỗ trợ, bảo vệ; đóng hồ sơ khi tái hòa nhập", "Sở Lao động – Thương binh và Xã hội và các cơ quan hỗ trợ"),
        _ => null,
    };

    /// <summary>Whether <paramref name="party"/> reads this kind's list and records (persons: case workers only).</summary>
    public static bool MayRead(RecordKind kind, ActingParty party) => kind != RecordKind.Person || party.Role == ActorRole.CaseWorker;
}
