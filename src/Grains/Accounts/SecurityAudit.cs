using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>Audit entries of sign-ins and of the administration of accounts and keys (never a password, secret or hash).</summary>
internal static class SecurityAudit
{
    /// <summary>Appends an entry of <paramref name="grain"/>; <paramref name="actor"/> is null for a sign-in on a user name with no account.</summary>
    public static Task AppendSecurityAsync(this IAuditTrail audit, Grain grain, ActingParty? actor, string action, string? refusal) =>
        audit.AppendAsync(AuditEntries.By(
            actor, action, grain.GetGrainId().ToString(),
            refusal is null ? AuditActions.Accepted : AuditActions.Rejected, refusal, 0, null,
            RequestContext.Get(AuditSource.RequestContextKey) as string ?? AuditSource.GrainClient));
}
