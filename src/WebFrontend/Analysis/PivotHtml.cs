using System.Text;
using System.Text.Encodings.Web;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Pages;
using Microsoft.AspNetCore.Html;

namespace AntiTrafficking.WebFrontend.Analysis;

/// <summary>
/// The body of the pivot table on /phan-tich (issue 20.5), one piece of HTML per row, written by hand rather than by
/// Razor cell by cell: a table of 4,020 cells made about 80,000 writes into Razor's page buffer, which took most of the
/// page's time. Each cell carries the keys live.js updates it by (<c>data-live-unit</c>, <c>-indicator</c>,
/// <c>-period</c>, <c>-status</c>, <c>-text</c>) and its text from <see cref="PivotTable.Text"/>, every value encoded by
/// the page's own encoder, so that the page reads exactly as the Razor loop it replaces wrote it.
/// </summary>
public static class PivotHtml
{
    /// <summary>The rows of <paramref name="table"/>'s body, each a <c>&lt;tr&gt;</c> with its heading and its cells.</summary>
    /// <param name="table">The table.</param>
    /// <param name="localize">The page's localizer (a cell's "ẩn" and status labels).</param>
    /// <param name="encoder">The page's HTML encoder.</param>
    public static IEnumerable<IHtmlContent> Rows(PivotTable table, Func<string, string> localize, HtmlEncoder encoder)
    {
        // Each text looked up once per table, not once per cell.
        var localized = new Dictionary<string, string>(StringComparer.Ordinal);
        string Localize(string key) => localized.TryGetValue(key, out var text) ? text : localized[key] = localize(key);
        var statusClasses = new Dictionary<IndicatorStatus, string>();
        string StatusClass(IndicatorStatus status) =>
            statusClasses.TryGetValue(status, out var css) ? css : statusClasses[status] = Display.StatusClass(status);

        var query = table.Query;
        var rowCodes = table.RowItems.Select(r => encoder.Encode(r.Code)).ToList();
        var columnCodes = table.ColumnItems.Select(c => encoder.Encode(c.Code)).ToList();
        var filterCode = encoder.Encode(table.FilterItem.Code);
        var liveText = encoder.Encode(table.LiveText);
        string Code(PivotDimension dimension, int row, int column) =>
            dimension == query.Rows ? rowCodes[row] : dimension == query.Columns ? columnCodes[column] : filterCode;

        var html = new StringBuilder();
        for (var r = 0; r < table.RowItems.Count; r++)
        {
            html.Clear();
            html.Append("                        <tr data-key=\"").Append(rowCodes[r]).Append("\">\n")
                .Append("                            <th scope=\"row\">").Append(encoder.Encode(table.RowItems[r].Label)).Append("</th>\n");
            var cells = table.Cells[r];
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var css = cell is null ? "" : cell.Hidden ? "status-hidden" : StatusClass(cell.Status!.Value);
                html.Append("                                <td class=\"num ").Append(css)
                    .Append("\" data-key=\"").Append(columnCodes[c])
                    .Append("\" data-live-unit=\"").Append(Code(PivotDimension.Unit, r, c))
                    .Append("\" data-live-indicator=\"").Append(Code(PivotDimension.Indicator, r, c))
                    .Append("\" data-live-period=\"").Append(Code(PivotDimension.Period, r, c))
                    .Append("\" data-live-status data-live-text=\"").Append(liveText).Append("\">")
                    .Append(encoder.Encode(PivotTable.Text(cell, query.Show, Localize))).Append("</td>\n");
            }

            html.Append("                        </tr>\n");
            yield return new HtmlString(html.ToString());
        }
    }
}
