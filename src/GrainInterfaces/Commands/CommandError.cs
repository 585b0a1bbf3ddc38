namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>A refusal, in Vietnamese and English, naming the offending field.</summary>
/// <param name="Code">Stable machine-readable code, e.g. <c>unknownDocument</c>.</param>
/// <param name="Field">The command field at fault (camelCase, as in the JSON API).</param>
/// <param name="MessageVi">Message for people, in Vietnamese.</param>
/// <param name="MessageEn">The same message in English.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.CommandError")]
public sealed record CommandError(string Code, string Field, string MessageVi, string MessageEn);
