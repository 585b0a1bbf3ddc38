namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>An RFC 9457 problem as the API writes it, with its extensions.</summary>
internal sealed record ProblemBody(
    int Status,
    string? Type,
    string? Title,
    string? Code,
    string? Field,
    string? MessageVi,
    string? MessageEn,
    Dictionary<string, string[]>? Errors);
