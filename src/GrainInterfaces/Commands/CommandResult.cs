namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>The outcome of a command.</summary>
/// <param name="Outcome">Accepted, a replay of an accepted command, or rejected.</param>
/// <param name="Version">The unit's version after the command (unchanged when rejected).</param>
/// <param name="Error">Why the command was rejected; null otherwise.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.CommandResult")]
public sealed record CommandResult(CommandOutcome Outcome, long Version, CommandError? Error = null)
{
    /// <summary>True when the change is in effect (first time or replay).</summary>
    public bool Succeeded => Outcome != CommandOutcome.Rejected;

    /// <summary>A rejection that changed nothing.</summary>
    public static CommandResult Rejected(long version, CommandError error) => new(CommandOutcome.Rejected, version, error);
}
