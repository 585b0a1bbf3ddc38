namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Why an export job failed, in Vietnamese and English.</summary>
/// <param name="Code">A stable code, e.g. "unknownUnit" (the period is not one of the program) or "unavailable".</param>
/// <param name="MessageVi">The Vietnamese message.</param>
/// <param name="MessageEn">The English message.</param>
public sealed record ExportError(string Code, string MessageVi, string MessageEn);
