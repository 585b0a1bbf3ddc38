using System.Net;
using System.Text.RegularExpressions;

namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>Signing in through the sign-in page as a browser does: antiforgery cookie and token, then the form.</summary>
internal static partial class SignIn
{
    /// <summary>Posts the sign-in form; returns the answer (a redirect when signed in).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = userName,
            ["Password"] = password,
        });
        return await client.PostAsync("/dang-nhap", form);
    }

    /// <summary>The antiforgery token rendered by a page (its cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = Token().Match(html);
        Assert.True(match.Success, $"{page} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
