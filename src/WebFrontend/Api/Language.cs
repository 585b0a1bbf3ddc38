namespace AntiTrafficking.WebFrontend.Api;

/// <summary>Vietnamese first: English only when the request's Accept-Language prefers it.</summary>
internal static class Language
{
    public static bool PrefersEnglish(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault()?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    public static string Pick(HttpRequest request, string vi, string en) => PrefersEnglish(request) ? en : vi;
}
