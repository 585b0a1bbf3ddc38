using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Reference;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// The consolidated report as an XLSX workbook: indicators (at close and now), districts × indicators, outputs by
/// project, the three-sector statistics and the submission status. Numbers are written as numbers. Each sheet opens
/// with a title block (the report, the unit, the period and when the file was made, in Vietnam time), then the
/// column headings on row <see cref="HeaderRow"/>; the rows down to the headings stay in view when scrolling and
/// each column is as wide as its content (within bounds).
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The row of each sheet's column headings, below the title block.</summary>
    public const int HeaderRow = 6;

    /// <summary>The first cell of the headings, where a reader of the table starts ("A6").</summary>
    public const string HeaderCell = "A6";

    /// <summary>The sheet names, in workbook order.</summary>
    public const string Indicators = "Chỉ tiêu";

    /// <summary>Districts × indicators (value in percent).</summary>
    public const string Districts = "Huyện × chỉ tiêu";

    /// <summary>Outputs by project.</summary>
    public const string Outputs = "Đầu ra theo đề án";

    /// <summary>Three-sector statistics.</summary>
    public const string ThreeSector = "Thống kê liên ngành";

    /// <summary>Who reported and when.</summary>
    public const string Submissions = "Tình hình báo cáo";

    /// <summary>Writes the workbook.</summary>
    /// <param name="data">What to write.</param>
    /// <param name="files">The program files, for the names of the outputs' breakdown keys ("Tờ gấp", not "leaflet").</param>
    /// <param name="generatedAt">When the file is made.</param>
    /// <param name="rowWritten">Told (rows written, rows in all) as each row is written: one per indicator, district,
    /// output, statistics figure and reporter.</param>
    public static byte[] Build(ReportData data, ProgramFiles files, DateTimeOffset generatedAt, Action<int, int>? rowWritten = null)
    {
        var total = data.Province.Indicators.Length + data.Districts.Count + data.Report.Outputs.Length + data.ThreeSector.Rows.Length
            + data.Report.Status.Reporters.Length;
        var written = 0;

        // The writer takes the rows one by one as it writes them, so each is counted when it is written.
        IEnumerable<Dictionary<string, object?>> Counted(IEnumerable<Dictionary<string, object?>> rows)
        {
            foreach (var row in rows)
            {
                yield return row;
                rowWritten?.Invoke(++written, total);
            }
        }

        var title = TitleBlock(data, generatedAt);
        var sheets = new Dictionary<string, object>
        {
            [Indicators] = Titled(title, Counted(IndicatorRows(data))),
            [Districts] = Titled(title, Counted(DistrictRows(data))),
            [Outputs] = Titled(title, Counted(data.Report.Outputs.Select(o => Row(
                ("Đề án", o.Project), ("Mã", o.Code), ("Phân loại", OutputKeys.Label(files, o.Code, o.Key)), ("Đầu ra", o.NameVi),
                ("Số liệu chốt", o.AtClose), ("Số liệu hiện tại", o.Current))))),
            [ThreeSector] = Titled(title, Counted(data.ThreeSector.Rows.Select(r => Row(
                ("Chỉ số", r.NameVi), ("Hồ sơ vụ án", r.Records), ("Công an", r.Police), ("Viện kiểm sát", r.Procuracy), ("Tòa án", r.Court),
                ("Đối chiếu", r.Consistent ? "Khớp" : "Chênh lệch"))))),
            [Submissions] = Titled(title, Counted(data.Report.Status.Reporters.Select(r => Row(
                ("Loại", SubmissionLabels.Kind(r.Kind, r.ReporterCode, files)), ("Mã", r.ReporterCode), ("Đơn vị", r.NameVi), ("Hạn nộp", r.DueOn.ToString("yyyy-MM-dd")),
                ("Tình trạng", SubmissionLabels.Status(r.Status)), ("Ngày nộp", r.FirstSubmittedOn?.ToString("yyyy-MM-dd")), ("Số lần gửi", r.Revisions))))),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration
        {
            FreezeRowCount = HeaderRow,
            // Auto width measures every cell before writing the sheet, which MiniExcel does in fast mode only.
            FastMode = true,
            EnableAutoWidth = true,
            MinWidth = 8,
            MaxWidth = 60,
        });
        return stream.ToArray();
    }

    /// <summary>The title block of every sheet: the report, the unit, the period (at close or provisional) and when the file was made.</summary>
    public static IReadOnlyList<string> TitleBlock(ReportData data, DateTimeOffset generatedAt) =>
    [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM MUA BÁN NGƯỜI",
        $"Đơn vị: {Display.UnitTitle(data.Province)}",
        $"Kỳ báo cáo: {PeriodNames.Vietnamese(data.Period)}" + (data.Report.Status.ClosedOn is { } closed
            ? $" (số liệu chốt ngày {closed:dd/MM/yyyy})"
            : $" (dự thảo: kỳ chưa chốt số liệu)"),
        $"Lập lúc: {Display.VietnamTime(generatedAt)} (giờ Việt Nam)",
    ];

    /// <summary>
    /// A sheet's rows under the title block: the title lines, a blank row, the column headings (the first row's
    /// columns), then the rows. Every row holds every column, so that the writer sees the sheet's width from the first.
    /// </summary>
    private static IEnumerable<Dictionary<string, object?>> Titled(IReadOnlyList<string> title, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var row = rows.GetEnumerator();
        var any = row.MoveNext();
        var columns = any ? row.Current.Keys.ToList() : ["Mã"];
        Dictionary<string, object?> Line(Func<int, object?> cell) => columns.Select((_, i) => i).ToDictionary(i => $"c{i}", cell);
        foreach (var line in title)
        {
            yield return Line(i => i == 0 ? line : null);
        }

        yield return Line(_ => null);
        yield return Line(i => columns[i]);
        for (; any; any = row.MoveNext())
        {
            yield return Line(i => row.Current[columns[i]]);
        }
    }

    private static IEnumerable<Dictionary<string, object?>> IndicatorRows(ReportData data) =>
    [
        .. data.Province.Indicators.Select(i =>
        {
            var current = data.CurrentIfDifferent(data.Province.UnitCode, i.Code) ?? i;
            return Row(
                ("Mã", i.Code), ("Chỉ tiêu", i.NameVi), ("Đề án", i.Project),
                ("Tử số", i.Numerator), ("Mẫu số", i.Denominator), ("Giá trị (%)", i.Value), ("Kế hoạch (%)", i.Target),
                ("Đánh giá", Display.StatusLabel(i.Status)),
                ("Tử số hiện tại", current.Numerator), ("Mẫu số hiện tại", current.Denominator), ("Giá trị hiện tại (%)", current.Value));
        }),
    ];

    private static IEnumerable<Dictionary<string, object?>> DistrictRows(ReportData data) =>
    [
        .. data.Districts.Select(d =>
        {
            var row = Row(("Mã", d.UnitCode), ("Huyện", d.NameVi));
            foreach (var indicator in d.Indicators)
            {
                row[indicator.Code] = indicator.Value;
            }

            return row;
        }),
    ];

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value);
}
