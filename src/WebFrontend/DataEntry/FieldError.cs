namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>Why a field was refused, in Vietnamese and English.</summary>
/// <param name="Vi">The Vietnamese message.</param>
/// <param name="En">The English message.</param>
public sealed record FieldError(string Vi, string En);
