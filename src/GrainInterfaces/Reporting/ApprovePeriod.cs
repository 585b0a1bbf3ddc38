using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>The standing office approves a closed period's consolidated report, which then locks.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">An officer of the standing office (the provincial Police, agency code CA).</param>
/// <param name="Note">Optional remark kept with the approval.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ApprovePeriod")]
public sealed record ApprovePeriod(string IdempotencyKey, ActingParty Actor, string? Note = null) : ICommand;
