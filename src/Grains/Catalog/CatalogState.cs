using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Catalog;

/// <summary>A program's legal documents and required guidance documents.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Catalog.CatalogState")]
public sealed class CatalogState : LedgerState
{
    /// <summary>Legal documents by code.</summary>
    [Id(0)]
    public Dictionary<string, LegalDocument> LegalDocuments { get; set; } = [];

    /// <summary>Required guidance documents by code.</summary>
    [Id(1)]
    public Dictionary<string, Guidance> Guidance { get; set; } = [];
}
