using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Designates a key route or area (tuyến, địa bàn trọng điểm); by the Police (CA) or the Border Guard (BDBP).</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="DesignatedOn">Date designated; from then on it counts in IND-07's denominator.</param>
/// <param name="UnitCode">The district or commune it lies in.</param>
/// <param name="Kind">Route or area.</param>
/// <param name="Name">Its name, e.g. "Tuyến biên giới Móng Cái – Hải Hà".</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.DesignateKeyArea")]
public sealed record DesignateKeyArea(
    string IdempotencyKey, ActingParty Actor, DateOnly DesignatedOn, string UnitCode, KeyAreaKind Kind, string Name) : ICommand;
