namespace AntiTrafficking.Grains.Units;

/// <summary>Material for a legal document delivered to a commune.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Delivery")]
public sealed record Delivery(string DocumentCode, string MaterialKind, int Quantity, DateOnly DeliveredOn, string? AgencyCode);
