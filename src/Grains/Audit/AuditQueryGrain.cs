using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.Grains.Commands;
using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Audit;

/// <summary>
/// Administrators' reads of the audit trail. Each call checks the reader's role and the query, writes its own audit
/// entry (granted or refused) and only then reads: no read of the trail leaves no trace, and a trail that cannot be
/// written releases nothing (<see cref="AuditUnavailableException"/>).
/// </summary>
[StatelessWorker]
internal sealed class AuditQueryGrain(IAuditTrail trail) : Grain, IAuditQueryGrain
{
    public Task<AuditReadResult> ReadAsync(AuditQuery query, ActingParty reader) =>
        ReadCoreAsync(query, reader, AuditReads.ReadAction);

    // An export is one page holding every match, up to the export's limit.
    public Task<AuditReadResult> ExportAsync(AuditQuery query, ActingParty reader) =>
        ReadCoreAsync(query is null ? null : query with { Page = 1, PageSize = AuditQuery.MaxExportRows }, reader, AuditReads.ExportAction);

    private async Task<AuditReadResult> ReadCoreAsync(AuditQuery? query, ActingParty? reader, string action)
    {
        var refusal = Check(query, reader, action == AuditReads.ExportAction);
        await trail.AppendAsync(AuditEntries.By(
            reader,
            action,
            AuditReads.Target,
            refusal is null ? AuditActions.Granted : AuditActions.Refused,
            refusal?.Code,
            0,
            null,
            RequestContext.Get(AuditSource.RequestContextKey) as string ?? AuditSource.GrainClient));
        if (refusal is not null || query is null)
        {
            return new AuditReadResult(null, refusal);
        }

        var slice = await trail.QueryAsync(query, query.Skip, query.PageSize);
        var verification = await trail.VerifyAsync();
        var chain = new AuditChainStatus(verification.Records, verification.FirstBrokenSequence, TimeProvider.System.GetUtcNow());
        return new AuditReadResult(new AuditPage([.. slice.Records.Select(r => r.Entry)], slice.Total, query.Page, query.PageSize, chain));
    }

    private static CommandError? Check(AuditQuery? query, ActingParty? reader, bool export) =>
        reader is null || string.IsNullOrWhiteSpace(reader.UserId) ? Refusals.Required("reader.userId")
        : reader.Role != ActorRole.Administrator ? NotAdministrator(reader.Role)
        : query is null ? Refusals.Required("query")
        : query.Page < 1 ? OutOfRange("page", 1, int.MaxValue)
        : !export && query.PageSize is < 1 or > AuditQuery.MaxPageSize ? OutOfRange("pageSize", 1, AuditQuery.MaxPageSize)
        : query is { From: { } from, To: { } to } && from >= to ? EmptyRange()
        : TooLong("actor", query.Actor) ?? TooLong("agency", query.Agency) ?? TooLong("action", query.Action)
            ?? TooLong("outcome", query.Outcome) ?? TooLong("target", query.Target);

    private static CommandError NotAdministrator(ActorRole role) =>
        new("notPermitted", "reader.role",
            $"Chỉ quản trị viên mới được xem nhật ký kiểm tra (vai trò hiện tại: {role}).",
            $"Only administrators may read the audit trail (this reader's role: {role}).");

    private static CommandError OutOfRange(string field, int min, int max) =>
        new("outOfRange", field,
            max == int.MaxValue ? $"Trường '{field}' phải từ {min} trở lên." : $"Trường '{field}' phải từ {min} đến {max}.",
            max == int.MaxValue ? $"The field '{field}' must be at least {min}." : $"The field '{field}' must be between {min} and {max}.");

    private static CommandError EmptyRange() =>
        new("emptyRange", "to", "Thời điểm 'đến' phải sau thời điểm 'từ'.", "The 'to' time must be after the 'from' time.");

    private static CommandError? TooLong(string field, string? value) =>
        value is { Length: > AuditQuery.MaxFilterLength }
            ? new("tooLong", field,
                $"Trường '{field}' dài quá {AuditQuery.MaxFilterLength} ký tự.",
                $"The field '{field}' is longer than {AuditQuery.MaxFilterLength} characters.")
            : null;
}
