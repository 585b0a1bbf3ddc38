using System.Text;
using System.Text.Encodings.Web;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Pages;
using Microsoft.AspNetCore.Html;

namespace AntiTrafficking.WebFrontend.Analysis;

/// <summary>
/// The body of the pivot table on /phan-tich (issue 20.5), one piece of HTML per row, written by hand rather than by
/// Razor cell by cell: a table of 4,020 cells made about 80,000 writes into Razor's page buffer, which took most of the
/// page's time. A cell holds only its status class, its column's key and its text from <see cref="PivotTable.Text"/>
/// (about 50 bytes): live.js finds its unit, indicator and period from its row's key, its own key and the table's
/// <c>data-live-grid</c> (<see cref="PivotTable.LiveGrid"/>), so the 56,280 cells of a cube are not each sent the five
/// <c>data-live-*</c> attributes they once carried (about 190 bytes a cell). Every value is encoded by the page's own encoder.
/// </summary>
public static class PivotHtml
{
    /// <summary>The rows of <paramref name="table"/>'s body, each a <c>&lt;tr&gt;</c> with its heading and its cells.</summary>
    /// <param name="table">The table.</param>
    /// <param name="localize">The page's localizer (a cell's "ẩn" and status labels).</param>
    /// <param name="encoder">The page's HTML encoder.</param>
    public static IEnumerable<IHtmlContent> Rows(PivotTable table, Func<string, string> localize, HtmlEncoder encoder)
    {
        // Each text looked up and encoded once per table, not once per cell.
        var localized = new Dictionary<string, string>(StringComparer.Ordinal);
        string Localize(string key) => localized.TryGetValue(key, out var text) ? text : localized[key] = localize(key);
        var statusClasses = new Dictionary<IndicatorStatus, string>();
        string StatusClass(IndicatorStatus status) =>
            statusClasses.TryGetValue(status, out var css) ? css : statusClasses[status] = Display.StatusClass(status);
        var encoded = new Dictionary<string, string>(StringComparer.Ordinal);
        string Encode(string text) => encoded.TryGetValue(text, out var html) ? html : encoded[text] = encoder.Encode(text);

        var show = table.Query.Show;
        var columnCodes = table.ColumnItems.Select(c => encoder.Encode(c.Code)).ToList();
        var html = new StringBuilder();
        for (var r = 0; r < table.RowItems.Count; r++)
        {
            html.Clear();
            html.Append("<tr data-key=\"").Append(encoder.Encode(table.RowItems[r].Code)).Append("\"><th scope=\"row\">")
                .Append(encoder.Encode(table.RowItems[r].Label)).Append("</th>");
            var cells = table.Cells[r];
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var css = cell is null ? "" : cell.Hidden ? "status-hidden" : StatusClass(cell.Status!.Value);
                html.Append("<td class=\"num ").Append(css).Append("\" data-key=\"").Append(columnCodes[c]).Append("\">")
                    .Append(Encode(PivotTable.Text(cell, show, Localize))).Append("</td>");
            }

            html.Append("</tr>\n");
            yield return new HtmlString(html.ToString());
        }
    }
}
