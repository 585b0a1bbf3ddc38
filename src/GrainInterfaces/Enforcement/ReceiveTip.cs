using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Records a tip (tin báo, tố giác) about trafficking as received; the actor's agency is the receiving agency.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>; any agency, or a district or commune officer, may receive a tip.</param>
/// <param name="ReceivedOn">Date received; the tip counts in the period of this date (IND-08, IND-09).</param>
/// <param name="UnitCode">Where it arose: a commune's code, else its district's, else the province's.</param>
/// <param name="Source">Citizen, denunciation, referral by another agency or notice from foreign police.</param>
/// <param name="SourceName">Who referred or notified it (e.g. "Công an Quảng Tây"), or null.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.ReceiveTip")]
public sealed record ReceiveTip(
    string IdempotencyKey, ActingParty Actor, DateOnly ReceivedOn, string UnitCode, TipSource Source, string? SourceName = null) : ICommand;
