using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// Police (CA), Procuracy (VKS) or Court (TA) submits its own figures for the period; a later submission by the
/// same agency replaces its earlier one.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>; its agency is the one submitting.</param>
/// <param name="Counts">The figures; at least one, none negative.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.SubmitSectorStatistics")]
public sealed record SubmitSectorStatistics(string IdempotencyKey, ActingParty Actor, SectorCounts Counts) : ICommand;
