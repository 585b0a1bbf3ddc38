namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>A legal document in the program's catalog.</summary>
/// <param name="DocumentCode">Document number.</param>
/// <param name="Title">Title in Vietnamese.</param>
/// <param name="IssuedOn">Date issued.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.LegalDocumentView")]
public sealed record LegalDocumentView(string DocumentCode, string Title, DateOnly IssuedOn);
