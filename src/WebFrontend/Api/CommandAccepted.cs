using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>The answer to an accepted (or replayed) command.</summary>
/// <param name="Outcome">accepted, or duplicate when the idempotency key was already applied.</param>
/// <param name="Version">The unit's version after the command.</param>
public sealed record CommandAccepted(CommandOutcome Outcome, long Version);
