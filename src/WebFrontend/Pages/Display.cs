using System.Globalization;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>Vietnamese formats and labels for scorecards.</summary>
public static class Display
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A percentage with one decimal in Vietnamese format ("47,2"), or a dash when there is no data.</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", Vietnamese) : "—";

    /// <summary>An instant in Vietnam time (UTC+7) to the second: "07/12/2026 09:15:02".</summary>
    public static string VietnamTime(DateTimeOffset instant) =>
        instant.ToOffset(Indicators.VietnamTime.Offset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A whole number in Vietnamese format ("1.234").</summary>
    public static string Number(long value) => value.ToString("#,0", Vietnamese);

    /// <summary>The status label in Vietnamese.</summary>
    public static string StatusLabel(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "Đạt",
        IndicatorStatus.Near => "Gần đạt",
        IndicatorStatus.Off => "Chưa đạt",
        IndicatorStatus.BeforeProgram => "Trước khi chương trình bắt đầu",
        _ => "Chưa có số liệu",
    };

    /// <summary>A unit's name with its type in Vietnamese ("Huyện Vân Đồn", "Thành phố Hạ Long").</summary>
    public static string UnitTitle(ScorecardView unit) => UnitTitle(unit.NameVi, unit.UnitType);

    /// <summary>A unit's name with its type, as <see cref="UnitTitle(ScorecardView)"/>.</summary>
    public static string UnitTitle(UnitSummary unit) => UnitTitle(unit.NameVi, unit.UnitType);

    private static string UnitTitle(string nameVi, string unitType) =>
        Languages.IsEnglish ? EnglishTitle(nameVi, unitType) : UnitKind(unitType) is { Length: > 0 } kind ? $"{kind} {nameVi}" : nameVi;

    /// <summary>A unit's kind in Vietnamese (the key of its English text): "Thành phố", "Thị xã", "Huyện"…; empty for an unknown type.</summary>
    public static string UnitKind(string unitType) => unitType switch
    {
        "city" => "Thành phố",
        "town" => "Thị xã",
        "district" => "Huyện",
        "ward" => "Phường",
        "townlet" => "Thị trấn",
        "commune" => "Xã",
        "province" => "Tỉnh",
        _ => "",
    };

    private static string EnglishTitle(string nameVi, string unitType) => nameVi + unitType switch
    {
        "city" => " City",
        "town" => " Town",
        "district" => " District",
        "ward" => " Ward",
        "townlet" => " Townlet",
        "commune" => " Commune",
        "province" => " Province",
        _ => "",
    };

    /// <summary>An indicator's name in the page's language (the plan's own wording in Vietnamese).</summary>
    public static string Name(IndicatorValue indicator) => Languages.IsEnglish ? indicator.NameEn : indicator.NameVi;

    /// <summary>The indicator's name in the request's language.</summary>
    public static string Name(Privacy.ShownIndicator indicator) => Languages.IsEnglish ? indicator.NameEn : indicator.NameVi;

    /// <summary>A period as people write it in the page's language ("Quý II/2013", "Q2 2013").</summary>
    public static string PeriodName(string period) => WebFrontend.Reporting.PeriodNames.Of(period);

    /// <summary>The CSS class of a status.</summary>
    public static string StatusClass(IndicatorStatus status) => "status-" + status.ToString().ToLowerInvariant();
}
