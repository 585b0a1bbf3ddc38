using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Records that the person declined free legal aid; an identified victim then counts in IND-14's numerator.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>; a support provider (LDTBXH, YT, HLHPN, TP, CA, BDBP).</param>
/// <param name="DeclinedOn">Date declined (not before reception).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.DeclineLegalAid")]
public sealed record DeclineLegalAid(string IdempotencyKey, ActingParty Actor, DateOnly DeclinedOn) : ICommand;
