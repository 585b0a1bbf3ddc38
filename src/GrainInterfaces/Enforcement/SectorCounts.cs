namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>One agency's own figures for a period; null for a figure the agency does not keep.</summary>
/// <param name="CasesOpened">Cases opened.</param>
/// <param name="CasesProsecuted">Cases sent to court.</param>
/// <param name="SuspectsProsecuted">Suspects prosecuted.</param>
/// <param name="CasesTried">Cases tried at first instance.</param>
/// <param name="PeopleConvicted">People convicted at first instance.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.SectorCounts")]
public sealed record SectorCounts(
    long? CasesOpened = null, long? CasesProsecuted = null, long? SuspectsProsecuted = null, long? CasesTried = null, long? PeopleConvicted = null)
{
    /// <summary>The figure of one category, or null when not submitted.</summary>
    public long? Get(StatisticsCategory category) => category switch
    {
        StatisticsCategory.CasesOpened => CasesOpened,
        StatisticsCategory.CasesProsecuted => CasesProsecuted,
        StatisticsCategory.SuspectsProsecuted => SuspectsProsecuted,
        StatisticsCategory.CasesTried => CasesTried,
        StatisticsCategory.PeopleConvicted => PeopleConvicted,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };
}
