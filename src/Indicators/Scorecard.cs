using System.Numerics;

namespace AntiTrafficking.Indicators;

/// <summary>
/// Computes indicators and outputs from a scope's measures. Pure: the same program, measures and
/// period always give the same scorecard, at every level and in every test.
/// </summary>
public static class Scorecard
{
    /// <summary>How many points below its target a value is still "near".</summary>
    public const int NearBandPoints = 10;

    /// <summary>
    /// The indicators shown at <paramref name="level"/>, computed for <paramref name="period"/>.
    /// The caller merges the catalog measures (legal documents, guidance) into <paramref name="measures"/> first.
    /// </summary>
    public static IReadOnlyList<IndicatorResult> Compute(IndicatorProgram program, ScopeLevel level, MeasureSet measures, Period period)
    {
        ArgumentNullException.ThrowIfNull(program);
        return program.Indicators
            .Where(indicator => indicator.AppliesTo(level))
            .Select(indicator => Score(program, indicator, measures, period))
            .ToList()
            .AsReadOnly();
    }

    /// <summary>One indicator computed for <paramref name="period"/>.</summary>
    public static IndicatorResult Score(IndicatorProgram program, IndicatorDefinition indicator, MeasureSet measures, Period period)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(period);
        var numerator = indicator.Numerator.Evaluate(measures, period);
        var denominator = indicator.Denominator.Evaluate(measures, period);
        var target = program.TargetFor(indicator, period);

        // A zero denominator has no value (never 0 % or 100 %); a negative one only comes from
        // inconsistent records, and has no meaningful value either.
        Fraction? value = denominator > 0 ? Fraction.Of(new BigInteger(numerator) * 100, denominator) : null;
        return new IndicatorResult(
            indicator.Code, numerator, denominator, value, value?.Round(1), target, target?.Round(1), StatusOf(value, target));
    }

    /// <summary>The outputs (figures without targets) for <paramref name="period"/>; a prefix output gives one row per measure under it.</summary>
    public static IReadOnlyList<OutputResult> ComputeOutputs(IndicatorProgram program, MeasureSet measures, Period period)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(measures);
        var results = new List<OutputResult>();
        foreach (var output in program.Outputs)
        {
            if (output.Measure is { } measure)
            {
                results.Add(new OutputResult(output.Code, null, measures.Get(measure).Total(output.Window, period)));
                continue;
            }

            var prefix = output.MeasurePrefix!;
            results.AddRange(measures.Names
                .Where(name => name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
                .Select(name => new OutputResult(output.Code, name[prefix.Length..], measures.Get(name).Total(output.Window, period))));
        }

        return results.AsReadOnly();
    }

    private static IndicatorStatus StatusOf(Fraction? value, Fraction? target) => (value, target) switch
    {
        (_, null) => IndicatorStatus.BeforeProgram,
        (null, _) => IndicatorStatus.NoData,
        ({ } exact, { } goal) when exact >= goal => IndicatorStatus.Met,
        ({ } exact, { } goal) when exact >= goal - NearBandPoints => IndicatorStatus.Near,
        _ => IndicatorStatus.Off,
    };
}
