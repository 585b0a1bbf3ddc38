using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>
/// A province's reporting regime: who reports (every agency, then every district), to whom (the standing office),
/// for which periods (every quarter, half and year of the program that ends after the program starts) and by when.
/// </summary>
public sealed class ReportingRules(
    string provinceCode,
    string standingOffice,
    IndicatorProgram program,
    ImmutableArray<Reporter> reporters,
    ImmutableDictionary<PeriodKind, int> dueDays,
    ImmutableDictionary<PeriodKind, int> closeDays)
{
    /// <summary>The province.</summary>
    public string ProvinceCode { get; } = provinceCode;

    /// <summary>The agency that receives, consolidates and approves (the provincial Police).</summary>
    public string StandingOffice { get; } = standingOffice;

    /// <summary>Every reporter: agencies by code, then districts in the admin-units file's order.</summary>
    public ImmutableArray<Reporter> Reporters { get; } = reporters;

    /// <summary>Every period owed, year by year in order of their end, a quarter before the half or year ending with it.</summary>
    public ImmutableArray<Period> Periods { get; } =
    [
        .. Enumerable.Range(program.FirstYear, program.LastYear - program.FirstYear + 1)
            .SelectMany(year => new[]
            {
                Period.OfQuarter(year, 1), Period.OfQuarter(year, 2), Period.OfHalf(year, 1),
                Period.OfQuarter(year, 3), Period.OfQuarter(year, 4), Period.OfHalf(year, 2), Period.OfYear(year),
            })
            .Where(p => p.End > program.Start),
    ];

    /// <summary>Days after a period's end by which its reports are due.</summary>
    public ImmutableDictionary<PeriodKind, int> DueDays { get; } = dueDays;

    /// <summary>Days after a period's end at which its scorecards are snapshotted.</summary>
    public ImmutableDictionary<PeriodKind, int> CloseDays { get; } = closeDays;

    /// <summary>The last day a report for <paramref name="period"/> is on time.</summary>
    public DateOnly DueOn(Period period) => period.End.AddDays(DueDays[period.Kind]);

    /// <summary>The day <paramref name="period"/> closes (its scorecards are snapshotted at the first check on or after it).</summary>
    public DateOnly ClosesOn(Period period) => period.End.AddDays(CloseDays[period.Kind]);

    /// <summary>True when <paramref name="period"/> is one the program owes reports for.</summary>
    public bool Owes(Period period) => Periods.Contains(period);

    /// <summary>The reporter with this code, or null.</summary>
    public Reporter? FindReporter(string? code) => Reporters.FirstOrDefault(r => r.Code == code);

    /// <summary>Every obligation, period by period.</summary>
    public ImmutableArray<ReportingObligation> Obligations() =>
    [
        .. Periods.SelectMany(p => Reporters.Select(r => new ReportingObligation(r.Kind, r.Code, r.NameVi, p.ToString(), DueOn(p)))),
    ];
}
