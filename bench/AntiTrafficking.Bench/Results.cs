using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AntiTrafficking.Bench;

/// <summary>Every figure of a run, printed as it comes, then written to bench/results/ with a Markdown table.</summary>
internal sealed class Results(string resultsFolder, bool quick)
{
    private readonly List<(string Section, string Name, string Value)> _figures = [];
    private readonly List<string> _targets = [];
    private readonly List<string> _tableRows = [];
    private readonly SortedDictionary<string, object> _latest = new(StringComparer.Ordinal);

    public static string F(double value, int decimals = 1) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public void Add(string section, string name, string value)
    {
        _figures.Add((section, name, value));
        Console.WriteLine($"  {section,-22} {name,-48} {value}");
    }

    /// <summary>
    /// A figure for bench/results/latest.json under <paramref name="name"/>, or under <paramref name="name"/> then
    /// <paramref name="key"/> (callers, events of history, …) when it is one of several.
    /// </summary>
    public void Metric(string name, string? key, double value)
    {
        var rounded = Math.Round(value, 2);
        if (key is null)
        {
            _latest[name] = rounded;
            return;
        }

        if (!_latest.TryGetValue(name, out var held) || held is not SortedDictionary<string, double> byKey)
        {
            _latest[name] = byKey = new SortedDictionary<string, double>(StringComparer.Ordinal);
        }

        byKey[key] = rounded;
    }

    /// <summary>A row of the README table.</summary>
    public void Row(string what, string measured, string baselineOrTarget) => _tableRows.Add($"| {what} | {measured} | {baselineOrTarget} |");

    /// <summary>Compares a figure with its target; <paramref name="higherIsBetter"/> says which way "met" lies.</summary>
    public void Target(string name, double? figure, double target, string unit, bool higherIsBetter)
    {
        if (figure is not { } measured)
        {
            _targets.Add($"| {name} | not measured in this run |");
            return;
        }

        var met = higherIsBetter ? measured >= target : measured <= target;
        var by = higherIsBetter ? measured / target : target / measured;
        var verdict = met
            ? $"MET ({F(measured)} {unit} vs {(higherIsBetter ? "≥" : "≤")} {F(target)} {unit}, {F(by, 2)}× the target)"
            : $"MISSED ({F(measured)} {unit} vs {(higherIsBetter ? "≥" : "≤")} {F(target)} {unit}; " +
              (higherIsBetter ? $"{F(100 * (1 - measured / target))} % short" : $"{F(100 * (measured / target - 1))} % over") + ")";
        _targets.Add($"| {name} | {verdict} |");
        Console.WriteLine($"  TARGET {name,-40} {verdict}");
    }

    public async Task<string> WriteAsync(string machine)
    {
        Directory.CreateDirectory(resultsFolder);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var markdown = new StringBuilder()
            .AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {(quick ? "quick" : "full")} mode, {machine}")
            .AppendLine()
            .AppendLine("| measure | this system | baseline / target |")
            .AppendLine("|---|---|---|");
        foreach (var row in _tableRows)
        {
            markdown.AppendLine(row);
        }

        markdown.AppendLine().AppendLine("| target | result |").AppendLine("|---|---|");
        foreach (var row in _targets)
        {
            markdown.AppendLine(row);
        }

        var json = JsonSerializer.Serialize(
            _figures.Select(f => new { section = f.Section, name = f.Name, value = f.Value }), new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Path.Combine(resultsFolder, $"bench-{stamp}.json"), json);
        var latest = new SortedDictionary<string, object>(_latest, StringComparer.Ordinal) { ["quick"] = quick, ["run_at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) };
        await File.WriteAllTextAsync(Path.Combine(resultsFolder, "latest.json"), JsonSerializer.Serialize(latest, new JsonSerializerOptions { WriteIndented = true }));
        var mdPath = Path.Combine(resultsFolder, $"bench-{stamp}.md");
        await File.WriteAllTextAsync(mdPath, markdown.ToString());
        Console.WriteLine();
        Console.WriteLine(markdown);
        return mdPath;
    }
}
