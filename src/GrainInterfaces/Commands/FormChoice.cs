namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>One value of a choice field.</summary>
/// <param name="Value">The value sent (the command's JSON value, e.g. "signsOfCrime").</param>
/// <param name="Label">The Vietnamese label (the key of its English text in the resources).</param>
public sealed record FormChoice(string Value, string Label);
