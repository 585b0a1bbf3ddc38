using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Units;

/// <summary>What a commune contributes to every indicator, derived from its state.</summary>
internal static class CommuneMeasures
{
    public static MeasureSet From(CommuneState state)
    {
        var propagandists = state.Propagandists.Active();
        var measures = MeasureSet.Empty
            .With(Measures.Communes, DatedSeries.From([(DateOnly.MinValue, 1L)]))
            .With(Measures.PropagandistsActive, propagandists)
            .With(Measures.PropagandistsQualifyingCommunes, propagandists.AtLeast(Measures.PropagandistsPerQualifyingCommune))
            .With(Measures.OfficialsTotal, LatestCount(state.Officials, o => o.Total))
            .With(Measures.OfficialsTrained, LatestCount(state.Officials, o => o.Trained))
            .With(Measures.LegalDocsConveyedPairs, DatedSeries.From(state.FirstDeliveryByDocument.Values.Select(d => (d, 1L))))
            .With(Measures.MaterialDeliveries, Series(state.DeliveriesByQuarter))
            .With(Measures.SurveyRespondents, Series(state.RespondentsByQuarter))
            .With(Measures.SurveyAware, Series(state.AwareByQuarter));
        foreach (var (kind, byQuarter) in state.QuantityByKindAndQuarter)
        {
            measures = measures.With(Measures.MaterialQuantity(kind), Series(byQuarter));
        }

        return measures;
    }

    private static DatedSeries Series(Dictionary<DateOnly, long> byQuarter) => DatedSeries.From(byQuarter.Select(d => (d.Key, d.Value)));

    /// <summary>A level series from dated counts: each count replaces the previous one from its date on.</summary>
    private static DatedSeries LatestCount(IEnumerable<OfficialsCount> counts, Func<OfficialsCount, int> select)
    {
        var previous = 0L;
        var changes = new List<(DateOnly, long)>();
        foreach (var count in counts.OrderBy(c => c.AsOf))
        {
            changes.Add((count.AsOf, select(count) - previous));
            previous = select(count);
        }

        return DatedSeries.From(changes);
    }
}
