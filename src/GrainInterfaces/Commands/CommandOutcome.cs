namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>What happened to a command.</summary>
[GenerateSerializer, Alias("AntiTrafficking.CommandOutcome")]
public enum CommandOutcome
{
    /// <summary>Applied now.</summary>
    Accepted,

    /// <summary>Applied earlier under the same idempotency key; nothing changed now.</summary>
    Duplicate,

    /// <summary>Refused; nothing changed.</summary>
    Rejected,
}
