namespace AntiTrafficking.Grains.Catalog;

/// <summary>A guidance document the province must issue, and its issuing once done.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Guidance")]
public sealed record Guidance(string Code, string Title, string ResponsibleAgency, string? DocumentNumber = null, DateOnly? IssuedOn = null);
