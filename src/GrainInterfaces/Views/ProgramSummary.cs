namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>The action program a province follows.</summary>
/// <param name="Code">Program code, the key of its catalog grain.</param>
/// <param name="Decision">Decision that approved it, e.g. "3087/QĐ-UBND".</param>
/// <param name="TitleVi">Title in Vietnamese.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="FirstYear">First year of the program.</param>
/// <param name="LastYear">Last year of the program.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.ProgramSummary")]
public sealed record ProgramSummary(string Code, string Decision, string TitleVi, string TitleEn, int FirstYear, int LastYear);
