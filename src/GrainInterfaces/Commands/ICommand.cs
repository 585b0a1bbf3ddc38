namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// Every command names an idempotency key chosen by the caller and the acting party.
/// A retried command with the same key returns the first result and counts once.
/// </summary>
public interface ICommand
{
    /// <summary>Caller-chosen key, unique per intended change (a GUID or "system:reference").</summary>
    string IdempotencyKey { get; }

    /// <summary>Who issues the command.</summary>
    ActingParty Actor { get; }
}
