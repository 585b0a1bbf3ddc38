using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Audit;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>
/// Tries every party of <see cref="Parties"/> on one row of <see cref="RoleMatrix"/>: the refused ones on one subject,
/// which must stay as it was, then each allowed one on a fresh subject, which it must change (a read must release the
/// data instead). Then each attempt must have exactly one audit entry with its outcome. Every mismatch is reported at once.
/// </summary>
internal static class MatrixRunner
{
    public static async Task RunAsync(MatrixRow row, IGrainFactory grains, MemoryAuditTrail trail)
    {
        Assert.All(row.Allowed, label => Assert.Contains(label, Parties.All.Select(p => p.Label)));
        var isRead = row.Action == typeof(ReadRequest);
        var mismatches = new List<string>();
        var attempts = new List<(string Label, ActingParty Party, string Key, string GrainId, bool Allowed)>();

        var refusedSubject = await row.Prepare(grains);
        foreach (var (label, party) in Parties.All.Where(p => !row.Allowed.Contains(p.Label)))
        {
            var key = Key();
            var before = await refusedSubject.Probe();
            var outcome = await refusedSubject.Send(party, key);
            var after = await refusedSubject.Probe();
            var field = row.RefusalField?.Invoke(label) ?? ExpectedField(row, label);
            if (outcome.Succeeded || outcome.Code != "notPermitted" || outcome.Field != field || before != after)
            {
                mismatches.Add($"{label}: expected notPermitted on {field} changing nothing; got {outcome}, state '{before}' → '{after}'");
            }

            attempts.Add((label, party, key, refusedSubject.GrainId, false));
        }

        foreach (var (label, party) in Parties.All.Where(p => row.Allowed.Contains(p.Label)))
        {
            var key = Key();
            var subject = await row.Prepare(grains);
            var before = await subject.Probe();
            var outcome = await subject.Send(party, key);
            var after = await subject.Probe();
            if (!outcome.Succeeded || (!isRead && before == after))
            {
                mismatches.Add($"{label}: expected to be allowed and to change the state; got {outcome}, state '{before}' → '{after}'");
            }

            attempts.Add((label, party, key, subject.GrainId, true));
        }

        var entries = trail.Records.Select(r => r.Entry).ToList();
        foreach (var (label, party, key, grainId, allowed) in attempts)
        {
            var audited = isRead
                ? entries.Where(e => e.Action == AuditActions.PersonalDataRead && e.Target == grainId && e.ActorUserId == party.UserId).ToList()
                : entries.Where(e => e.IdempotencyKey == key).ToList();
            var expected = (isRead, allowed) switch
            {
                (true, true) => (AuditActions.Granted, (string?)null),
                (true, false) => (AuditActions.Refused, "notPermitted"),
                (false, true) => (AuditActions.Accepted, null),
                _ => (AuditActions.Rejected, "notPermitted"),
            };
            if (audited.Count != 1 || (audited[0].Outcome, audited[0].Code) != expected || audited[0].ActorUserId != party.UserId)
            {
                mismatches.Add($"{label}: expected one audit entry {expected}; found {string.Join("; ", audited)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{row.Name}:\n{string.Join("\n", mismatches)}");
        Assert.Equal(Parties.All.Count, attempts.Count);
    }

    /// <summary>A role the command type never admits is refused on the role; otherwise on the scope it is out of.</summary>
    private static string ExpectedField(MatrixRow row, string label)
    {
        var prefix = row.Action == typeof(ReadRequest) ? "reader" : "actor";
        var role = Parties.RoleOf(label);
        return !RoleMatrix.AdmittedRoles(row.Action).Contains(role) ? $"{prefix}.role"
            : role == "do" ? $"{prefix}.districtCode"
            : $"{prefix}.agencyCode";
    }
}
