using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>Vietnamese first (vi-VN), English on a switch that remembers the choice in the culture cookie.</summary>
public static class Languages
{
    /// <summary>The cultures offered, the default first.</summary>
    public static readonly CultureInfo[] Supported = [CultureInfo.GetCultureInfo("vi-VN"), CultureInfo.GetCultureInfo("en-GB")];

    /// <summary>Whether the page is being shown in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The two-letter name of a language offered ("vi", "en"), or null.</summary>
    public static string? Offered(string? language) =>
        Supported.FirstOrDefault(c => c.TwoLetterISOLanguageName == language)?.TwoLetterISOLanguageName;

    /// <summary>The culture of an offered language ("en": English, anything else: Vietnamese).</summary>
    public static CultureInfo Culture(string language) =>
        Supported.FirstOrDefault(c => c.TwoLetterISOLanguageName == language) ?? Supported[0];

    /// <summary>Configures request localization: the query (?culture=en-GB) or the cookie, else Vietnamese.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Supported[0]);
        options.SupportedCultures = Supported;
        options.SupportedUICultures = Supported;
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
    }

    /// <summary>Maps GET /ngon-ngu/{culture}?returnUrl=…: remembers the language for a year and goes back to the page.</summary>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapGet("/ngon-ngu/{culture}", (HttpContext http, string culture, string? returnUrl) =>
        {
            var chosen = Supported.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var local = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                && !returnUrl.StartsWith("/\\", StringComparison.Ordinal);
            return Results.Redirect(local ? returnUrl! : "/");
        }).ExcludeFromDescription();
}
