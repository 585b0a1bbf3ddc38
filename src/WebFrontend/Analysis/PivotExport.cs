using System.Text;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Reporting;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace AntiTrafficking.WebFrontend.Analysis;

/// <summary>A pivot table as CSV (UTF-8 with a byte-order mark) or XLSX (the reports' title block, then the table); the cells as the reader may see them.</summary>
public static class PivotExport
{
    /// <summary>The table as CSV: the row heading column, then one column per column item.</summary>
    public static byte[] Csv(PivotTable table, Func<string, string> localize)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', [Quote(localize(Heading(table.Query.Rows))), .. table.ColumnItems.Select(c => Quote(c.Label))]).Append("\r\n");
        for (var r = 0; r < table.RowItems.Count; r++)
        {
            text.AppendJoin(',', [Quote(table.RowItems[r].Label), .. table.Cells[r].Select(c => Quote(PivotTable.Text(c, table.Query.Show, localize)))]).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The table as an XLSX sheet under a title block (what, the filter and when it was made, in Vietnam time); values as numbers.</summary>
    public static byte[] Xlsx(PivotTable table, DateTimeOffset generatedAt, Func<string, string> localize)
    {
        var columns = new List<string> { localize(Heading(table.Query.Rows)) };
        columns.AddRange(table.ColumnItems.Select(c => c.Label));
        Dictionary<string, object?> Line(Func<int, object?> cell) => columns.Select((_, i) => i).ToDictionary(i => $"c{i}", cell);
        var rows = new List<Dictionary<string, object?>>
        {
            Line(i => i == 0 ? "BẢNG PHÂN TÍCH CÁC CHỈ TIÊU PHÒNG, CHỐNG TỘI PHẠM MUA BÁN NGƯỜI" : null),
            Line(i => i == 0 ? $"{localize(Heading(table.Query.Filter))}: {table.FilterItem.Label}" : null),
            Line(i => i == 0 ? $"Hiển thị: {table.Query.Show.ToString().ToLowerInvariant()}" : null),
            Line(i => i == 0 ? $"Lập lúc: {Display.VietnamTime(generatedAt)} (giờ Việt Nam)" : null),
            Line(_ => null),
            Line(i => columns[i]),
        };
        for (var r = 0; r < table.RowItems.Count; r++)
        {
            var cells = table.Cells[r];
            rows.Add(Line(i => i == 0 ? table.RowItems[r].Label
                : table.Query.Show == PivotShow.Value && cells[i - 1] is { Hidden: false, Value: { } v } ? v
                : PivotTable.Text(cells[i - 1], table.Query.Show, localize)));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FreezeRowCount = ReportWorkbook.HeaderRow });
        return stream.ToArray();
    }

    /// <summary>A dimension's name (the key of its English text).</summary>
    public static string Heading(PivotDimension dimension) => dimension switch
    {
        PivotDimension.Indicator => "Chỉ tiêu",
        PivotDimension.Unit => "Đơn vị",
        _ => "Kỳ",
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
