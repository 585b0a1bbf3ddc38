using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Records that the person consents to <paramref name="Kind"/> (a support provider: LDTBXH, YT, HLHPN, TP, CA, BDBP);
/// also after a withdrawal, when the person consents again.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Kind">Support, or data sharing.</param>
/// <param name="GivenOn">Date given (not before reception, nor before an earlier withdrawal).</param>
/// <param name="Note">How it was given (e.g. "Ký biên bản đồng ý"); optional, never personal data.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.GiveConsent")]
public sealed record GiveConsent(string IdempotencyKey, ActingParty Actor, ConsentKind Kind, DateOnly GivenOn, string? Note = null) : ICommand;
