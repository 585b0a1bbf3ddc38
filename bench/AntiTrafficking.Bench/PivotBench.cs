using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AntiTrafficking.Bench;

/// <summary>
/// Part 9: the pivot table (issue 20.5) of 14 indicators × 201 units (the province, 14 districts, 186 communes) × 20
/// quarters (2011–2015), asked of the web front end's page /phan-tich as a user's browser asks it: the page keeps one
/// dimension as a filter, so the cube is 14 pages, one per indicator (units on rows, quarters on columns), asked
/// together; the time is the cube's, from the first request to the last answer. The figures come from the scorecards
/// the grains keep computed (no scan of the events).
/// </summary>
internal static class PivotBench
{
    /// <summary>
    /// The cube's p50 and p99 as a visitor asks it again while nothing changed (the same 14 links: the pages come from
    /// the output cache keyed by the province's version), the same when each cube's pages are rendered afresh (a
    /// different link each time, the figures from the front end's <c>PivotFigures</c>), one page's p50, the first cube
    /// (its figures read from the grains), the web front end's CPU time per cube rendered afresh (from
    /// <paramref name="webCpu"/>, less sensitive than the times to the other work on a shared machine) and the cells of a cube.
    /// </summary>
    public static async Task<(double P50, double P99, double RenderedP50, double RenderedP99, double RenderedCpu, double PageP50, double First, int Cells)> MeasureAsync(
        string site, IReadOnlyList<string> communes, int samples, Func<TimeSpan> webCpu)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site), Timeout = TimeSpan.FromMinutes(1) };
        var districts = new[] { "193", "194", "195", "196", "198", "199", "200", "201", "202", "203", "204", "205", "206", "207" };
        var units = string.Join(',', new[] { "22" }.Concat(districts).Concat(communes));
        string Page(int indicator, string tail) => $"/phan-tich?ind=IND-{indicator:00}&units={units}&periods=2011Q1:2015Q4&rows=unit&cols=period&show=value{tail}";
        var cells = 0;
        async Task<double> OneAsync(int indicator, string tail)
        {
            var started = Stopwatch.GetTimestamp();
            var html = await http.GetStringAsync(Page(indicator, tail));
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Interlocked.Add(ref cells, CountOf(html, "<td class=\"num"));
            return elapsed;
        }

        async Task<(double Cube, double[] Pages)> CubeAsync(string tail)
        {
            cells = 0;
            var started = Stopwatch.GetTimestamp();
            var pages = await Task.WhenAll(Enumerable.Range(1, 14).Select(i => OneAsync(i, tail)));
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, pages);
        }

        var (first, _) = await CubeAsync("");
        var cubes = new List<double>();
        var pages = new List<double>();
        for (var s = 0; s < samples; s++)
        {
            var (cube, each) = await CubeAsync("");
            cubes.Add(cube);
            pages.AddRange(each);
        }

        var rendered = new List<double>();
        var cpuBefore = webCpu();
        for (var s = 0; s < samples; s++)
        {
            rendered.Add((await CubeAsync($"&sample={s}")).Cube);
        }

        var renderedCpu = (webCpu() - cpuBefore).TotalMilliseconds / samples;
        return (Latencies.Percentile(cubes, 50), Latencies.Percentile(cubes, 99), Latencies.Percentile(rendered, 50), Latencies.Percentile(rendered, 99),
            renderedCpu, Latencies.Percentile(pages, 50), first, cells);
    }

    /// <summary>How many times <paramref name="part"/> occurs in <paramref name="text"/>.</summary>
    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
