namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>One structured figure of a report: a program indicator or output code and the reporter's count.</summary>
/// <param name="Code">An indicator (IND-01…) or output (OUT-01…) code of the program.</param>
/// <param name="Value">The reporter's count, 0 or more.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Reporting.ReportFigure")]
public sealed record ReportFigure(string Code, long Value);
