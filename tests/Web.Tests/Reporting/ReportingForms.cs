using System.Net;
using System.Text.RegularExpressions;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>The reporting page's forms as a browser uses them: the page opened (antiforgery cookie, token and idempotency key), then a form posted.</summary>
internal static partial class ReportingForms
{
    /// <summary>The page of <paramref name="period"/>, HTML-decoded.</summary>
    public static async Task<string> PageAsync(this HttpClient client, string period)
    {
        using var response = await client.GetAsync($"/bao-cao?period={period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the page, then posts its form <paramref name="handler"/> ("Submit" or "Approve") with <paramref name="values"/>.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PostFormAsync(
        this HttpClient client, string period, string handler, IReadOnlyDictionary<string, string> values, string? culture = null)
    {
        var page = await client.PageAsync(period);
        var fields = new Dictionary<string, string>(values)
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["idempotencyKey"] = values.GetValueOrDefault("idempotencyKey") ?? KeyOf(page),
            ["period"] = period,
        };
        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync($"/bao-cao?handler={handler}" + (culture is null ? "" : $"&culture={culture}"), form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The idempotency key the page rendered into its forms.</summary>
    public static string KeyOf(string html) => IdempotencyKey().Match(html) is { Success: true } m ? m.Groups[1].Value : "";

    /// <summary>A unit's row of the period's reporters table: its state (data-state) and its cells' text.</summary>
    public static (string State, string[] Cells) RowOf(string html, string reporter)
    {
        var row = Regex.Match(html, $"<tr data-reporter=\"{reporter}\" data-status=\"[^\"]*\" data-state=\"([^\"]*)\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"the page has no row for {reporter}");
        return (row.Groups[1].Value, [.. Regex.Matches(row.Groups[2].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => c.Groups[1].Value.Trim())]);
    }

    /// <summary>The text of the element with this id, or null.</summary>
    public static string? TextOf(string html, string id) =>
        Regex.Match(html, $"id=\"{id}\"[^>]*>(.*?)</", RegexOptions.Singleline) is { Success: true } m ? Regex.Replace(m.Groups[1].Value, @"\s+", " ").Trim() : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"idempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyKey();
}
