using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Sets up a peak campaign (đợt cao điểm) on border routes; by the Police (CA) or the Border Guard (BDBP).</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartsOn">First day (not in the future).</param>
/// <param name="EndsOn">Last day (on or after the first).</param>
/// <param name="DistrictCodes">The districts it covers, at least one, all of the province.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.PlanCampaign")]
public sealed record PlanCampaign(
    string IdempotencyKey, ActingParty Actor, string Name, DateOnly StartsOn, DateOnly EndsOn, ImmutableArray<string> DistrictCodes) : ICommand;
