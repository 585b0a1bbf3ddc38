using System.Globalization;
using System.Text.RegularExpressions;
using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// The status colours of the served style sheet are readable: every text colour used on a status background, and the
/// muted counts under each value, reach WCAG AA's 4.5:1 contrast for normal text.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class StatusColourContrastTests(WebFixture fixture)
{
    [Theory]
    [InlineData("--met", "--met-bg")]
    [InlineData("--near", "--near-bg")]
    [InlineData("--off", "--off-bg")]
    [InlineData("--nodata", "--nodata-bg")]
    [InlineData("--nodata", "#ffffff")]
    [InlineData("--muted", "--met-bg")]
    [InlineData("--muted", "--near-bg")]
    [InlineData("--muted", "--off-bg")]
    [InlineData("--muted", "--nodata-bg")]
    [InlineData("--met", "#ffffff")]
    [InlineData("--off", "#ffffff")]
    [InlineData("#ffffff", "--brand")]
    [InlineData("--ink", "#ffffff")]
    [InlineData("--bs-link-color", "#f7f8fa")]
    [InlineData("--bs-link-hover-color", "#f7f8fa")]
    [InlineData("--bs-link-color", "#eef1f5")]
    public async Task TextOnItsBackgroundReachesAContrastOfFourAndAHalfToOne(string text, string background)
    {
        var css = await fixture.CreateClient().GetStringAsync("/css/site.css");
        var variables = Variable().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        var ratio = Contrast(Resolve(text, variables), Resolve(background, variables));

        Assert.True(ratio >= 4.5, $"{text} on {background}: {ratio:0.00}:1");
    }

    [Fact]
    public void TheContrastFormulaGivesTheKnownRatios()
    {
        Assert.Equal(21.0, Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(1.0, Contrast("#777777", "#777777"), 2);
        Assert.Equal(4.48, Contrast("#777777", "#ffffff"), 2);
    }

    private static string Resolve(string colour, Dictionary<string, string> variables) =>
        colour.StartsWith("--", StringComparison.Ordinal) ? variables[colour] : colour;

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    [GeneratedRegex("(--[a-z-]+):\\s*(#[0-9a-fA-F]{6});")]
    private static partial Regex Variable();
}
