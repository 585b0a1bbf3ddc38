using System.Collections.Immutable;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A case's lifecycle as recorded.</summary>
/// <param name="CaseId">The opening agency's identifier (the grain key without the province).</param>
/// <param name="UnitCode">Where it arose.</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="OpenedOn">Date opened.</param>
/// <param name="TipId">The tip it came from, or null.</param>
/// <param name="Form">The purpose of the trafficking.</param>
/// <param name="Abroad">True when victims were trafficked abroad.</param>
/// <param name="Suspects">Suspects charged when opened.</param>
/// <param name="Investigations">Investigation results recorded.</param>
/// <param name="SentToCourtOn">Date sent to court, or null.</param>
/// <param name="SuspectsProsecuted">Suspects prosecuted (0 before prosecution).</param>
/// <param name="Trials">First-instance trials, retrials included, in order.</param>
/// <param name="Judgments">Judgments that came into force, in order.</param>
/// <param name="History">Every accepted step with its date and actor.</param>
/// <param name="Version">Number of accepted commands.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CaseView")]
public sealed record CaseView(
    string CaseId,
    string UnitCode,
    CaseStatus Status,
    DateOnly OpenedOn,
    string? TipId,
    TraffickingForm Form,
    bool Abroad,
    int Suspects,
    ImmutableArray<CaseInvestigation> Investigations,
    DateOnly? SentToCourtOn,
    int SuspectsProsecuted,
    ImmutableArray<CaseTrial> Trials,
    ImmutableArray<CaseJudgment> Judgments,
    ImmutableArray<LifecycleStep> History,
    long Version);
