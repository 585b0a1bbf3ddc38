using System.Globalization;
using System.Text;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Every scorecard of the period (province, districts, communes at close; province and districts when open) as CSV, one row per indicator.</summary>
public static class ScorecardCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "period,source,level,unitCode,unitName,indicator,numerator,denominator,value,target,status";

    /// <summary>Writes the CSV in UTF-8 with a byte-order mark, so that spreadsheet programs read the Vietnamese names.</summary>
    /// <param name="data">What to write.</param>
    /// <param name="cardWritten">Told (scorecards written, scorecards in all) as each unit's scorecard is written.</param>
    public static byte[] Build(ReportData data, Action<int, int>? cardWritten = null)
    {
        var source = data.AtClose ? "atClose" : "current";
        var text = new StringBuilder().Append(Header).Append("\r\n");
        var cards = new[] { data.Province }.Concat(data.Districts).Concat(data.Communes).ToList();
        var written = 0;
        foreach (var card in cards)
        {
            foreach (var i in card.Indicators)
            {
                text.AppendJoin(',',
                    data.Period, source, Camel(card.Level.ToString()), card.UnitCode, Quote(card.NameVi), i.Code,
                    Invariant(i.Numerator), Invariant(i.Denominator), i.Value is { } v ? Invariant(v) : "", i.Target is { } t ? Invariant(t) : "", Camel(i.Status.ToString()))
                    .Append("\r\n");
            }

            cardWritten?.Invoke(++written, cards.Count);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
