using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Communication;

/// <summary>Propaganda material conveying a legal document delivered to a commune.</summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>; its agency is credited with the delivery.</param>
/// <param name="DocumentCode">Code of a document in the program's legal-document catalog.</param>
/// <param name="MaterialKind">banner, slogan, leaflet, poster, handbook, qaBook or other.</param>
/// <param name="Quantity">Number of items (1 or more).</param>
/// <param name="DeliveredOn">Delivery date (not before the document was issued).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.RecordDelivery")]
public sealed record RecordDelivery(
    string IdempotencyKey, ActingParty Actor, string DocumentCode, string MaterialKind, int Quantity, DateOnly DeliveredOn) : ICommand;
