using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.GrainInterfaces.Views;
using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Catalog;

/// <summary>The silo-internal side of a program catalog, read by units when validating and scoring.</summary>
[Alias("AntiTrafficking.ICatalogLookup")]
public interface ICatalogLookup : IGrainWithStringKey
{
    /// <summary>A legal document by code, or null.</summary>
    [ReadOnly, Alias("FindLegalDocument")]
    Task<LegalDocumentView?> FindLegalDocumentAsync(string documentCode);

    /// <summary>The catalog's measures (legal documents issued, guidance required and issued).</summary>
    [ReadOnly, Alias("GetMeasures")]
    Task<UnitSnapshot> GetMeasuresAsync();
}
