namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>A required guidance document and whether it has been issued.</summary>
/// <param name="GuidanceCode">Code given when required.</param>
/// <param name="Title">What it must guide.</param>
/// <param name="ResponsibleAgency">Agency that must issue it.</param>
/// <param name="DocumentNumber">Number of the issued document, or null.</param>
/// <param name="IssuedOn">Date issued, or null while outstanding.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.GuidanceView")]
public sealed record GuidanceView(string GuidanceCode, string Title, string ResponsibleAgency, string? DocumentNumber, DateOnly? IssuedOn);
