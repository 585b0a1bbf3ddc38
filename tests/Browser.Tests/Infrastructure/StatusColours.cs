namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>The background colours of the statuses, as the browser computes them from site.css.</summary>
internal static class StatusColours
{
    public const string Met = "rgb(227, 244, 232)";

    public const string NoData = "rgb(238, 240, 243)";
}
