using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>
/// The commune's specialised officials (cán bộ xã chuyên trách) as of a date: how many there are and how many
/// are trained. The latest count on or before a period's end is the one scored; a second count for the
/// same date replaces the first.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="AsOf">Date the count describes.</param>
/// <param name="Total">Specialised officials in post (0 or more).</param>
/// <param name="Trained">Of those, officials trained (0 to <paramref name="Total"/>).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.RecordOfficials")]
public sealed record RecordOfficials(string IdempotencyKey, ActingParty Actor, DateOnly AsOf, int Total, int Trained) : ICommand;
