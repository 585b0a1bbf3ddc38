using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Catalog;

/// <summary>
/// A program's catalog (key: program code, e.g. "QN-3087-2011-2015"): the legal documents to convey to
/// communes (IND-01) and the guidance documents the province must issue (IND-02).
/// </summary>
[Alias("AntiTrafficking.IProgramCatalogGrain")]
public interface IProgramCatalogGrain : IGrainWithStringKey
{
    /// <summary>Adds a legal document to the catalog.</summary>
    [Alias("RegisterLegalDocument")]
    Task<CommandResult> RegisterLegalDocumentAsync(RegisterLegalDocument command);

    /// <summary>Declares a required guidance document.</summary>
    [Alias("RequireGuidance")]
    Task<CommandResult> RequireGuidanceAsync(RequireGuidance command);

    /// <summary>Records the issuing of a required guidance document.</summary>
    [Alias("IssueGuidance")]
    Task<CommandResult> IssueGuidanceAsync(IssueGuidance command);

    /// <summary>The legal documents, by issue date.</summary>
    [Alias("GetLegalDocuments")]
    Task<ImmutableArray<LegalDocumentView>> GetLegalDocumentsAsync();

    /// <summary>The required guidance documents and their issuing.</summary>
    [Alias("GetGuidance")]
    Task<ImmutableArray<GuidanceView>> GetGuidanceAsync();
}
