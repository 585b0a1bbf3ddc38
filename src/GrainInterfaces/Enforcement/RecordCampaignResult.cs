using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Records what a peak campaign achieved in one of its districts; by CA or BDBP.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Result">The district, date (within the campaign) and figures.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.RecordCampaignResult")]
public sealed record RecordCampaignResult(string IdempotencyKey, ActingParty Actor, CampaignResult Result) : ICommand;
