namespace AntiTrafficking.Grains.Catalog;

/// <summary>A legal document to convey to communes.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.LegalDocument")]
public sealed record LegalDocument(string Code, string Title, DateOnly IssuedOn);
