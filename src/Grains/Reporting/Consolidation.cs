using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>Puts a period's close snapshot beside the live scorecards; pure.</summary>
internal static class Consolidation
{
    /// <summary>The province outputs in program order, grouped by project, at close (when closed) and now.</summary>
    public static ImmutableArray<ProjectOutput> Outputs(IndicatorProgram program, ScorecardView? atClose, ScorecardView current)
    {
        var closed = atClose?.Outputs.ToDictionary(o => (o.Code, o.Key));
        return
        [
            .. program.Outputs
                .OrderBy(d => d.Project)
                .SelectMany(d => current.Outputs.Where(o => o.Code == d.Code).Select(o => new ProjectOutput(
                    d.Project, o.Code, o.Key, o.NameVi, o.NameEn,
                    closed is null ? null : closed.GetValueOrDefault((o.Code, o.Key))?.Value ?? 0,
                    o.Value))),
        ];
    }

    /// <summary>Every indicator of every unit whose numerator, denominator or target moved since the close.</summary>
    public static ImmutableArray<ScorecardDifference> Differences(PeriodSnapshot atClose, PeriodSnapshot current)
    {
        var now = new[] { current.Province }.Concat(current.Districts).Concat(current.Communes).ToDictionary(c => (c.Level, c.UnitCode));
        return
        [
            .. new[] { atClose.Province }.Concat(atClose.Districts).Concat(atClose.Communes)
                .Where(card => now.ContainsKey((card.Level, card.UnitCode)))
                .SelectMany(card => card.Indicators.Select(indicator => (card, indicator, live: now[(card.Level, card.UnitCode)].Indicators.FirstOrDefault(i => i.Code == indicator.Code))))
                .Where(x => x.live is not null
                    && (x.live.Numerator, x.live.Denominator, x.live.Target) != (x.indicator.Numerator, x.indicator.Denominator, x.indicator.Target))
                .Select(x => new ScorecardDifference(x.card.Level, x.card.UnitCode, x.card.NameVi, x.indicator.Code, x.indicator, x.live!)),
        ];
    }
}
