using System.Net;
using System.Text.RegularExpressions;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>A data-entry form as a browser uses it: opened (antiforgery cookie and token, idempotency key), then posted.</summary>
internal static partial class FormPages
{
    /// <summary>Opens the form and returns the hidden fields it rendered.</summary>
    public static async Task<Dictionary<string, string>> OpenAsync(this HttpClient client, string form)
    {
        using var response = await client.GetAsync("/nhap-lieu/" + form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // The header's sign-out form renders an antiforgery token too: the same token, kept once.
        return HiddenFields().Matches(html)
            .Select(m => (Name: m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, Value: WebUtility.HtmlDecode(m.Groups[3].Value)))
            .DistinctBy(f => f.Name)
            .ToDictionary(f => f.Name, f => f.Value);
    }

    /// <summary>Posts the hidden fields and the given values; returns the page answered, HTML-decoded.</summary>
    public static async Task<string> PostAsync(this HttpClient client, string form, IReadOnlyDictionary<string, string> hidden, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(hidden.Concat(values));
        using var response = await client.PostAsync("/nhap-lieu/" + form, content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {form} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>The error shown next to a field (its element id is f-{name with dots as dashes}-error), or null.</summary>
    public static string? ErrorOf(string html, string field)
    {
        var match = Regex.Match(html, $"id=\"f-{Regex.Escape(field.Replace('.', '-'))}-error\">([^<]*)<");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<input (?:type=\"hidden\" name=\"([^\"]+)\"|name=\"([^\"]+)\" type=\"hidden\") value=\"([^\"]*)\"")]
    private static partial Regex HiddenFields();
}
