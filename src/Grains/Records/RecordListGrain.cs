using System.Collections.Immutable;
using System.Globalization;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Victims;
using Orleans.Concurrency;

namespace AntiTrafficking.Grains.Records;

/// <summary>
/// Lists a province's tips, cases and persons from the record index, after checking the reader and the filters: every
/// signed-in role lists tips and cases (a district officer only their own district's: with no district filter theirs
/// is applied, another district is refused); only case workers list persons, and only those their own agency has
/// (received, accepted on referral, or has an officer assigned to). A refused or invalid list reads nothing.
/// </summary>
[StatelessWorker]
internal sealed class RecordListGrain(IRecordIndex index, ReferenceData reference, CalendarClock calendar) : Grain, IRecordListGrain
{
    private static readonly ImmutableArray<ActorRole> PersonReaders = [ActorRole.CaseWorker];

    public async Task<RecordPage> ListAsync(RecordQuery query, ActingParty reader)
    {
        var province = this.GetPrimaryKeyString();
        if (!reference.Provinces.ContainsKey(province))
        {
            return RecordPage.Refused(Refusals.UnknownUnit(province));
        }

        var rules = new CommandRules(reference, calendar, province);
        if ((rules.CheckParty(reader, "reader") ?? Check(query, province)) is { } invalid)
        {
            return RecordPage.Refused(invalid);
        }

        var scoped = Scope(query, reader);
        if (scoped.Error is { } denied)
        {
            return RecordPage.Refused(denied);
        }

        var (items, total) = await index.QueryAsync(province, scoped.Query!);
        return new RecordPage([.. items], total, query.Page, query.PageSize);
    }

    public async Task<RecordInbox> InboxAsync(ActingParty reader)
    {
        var province = this.GetPrimaryKeyString();
        var today = calendar.Today();
        if (!reference.Provinces.TryGetValue(province, out var info))
        {
            return new RecordInbox(today, [], 0, 0, Refusals.UnknownUnit(province));
        }

        if (new CommandRules(reference, calendar, province).CheckParty(reader, "reader") is { } invalid)
        {
            return new RecordInbox(today, [], 0, 0, invalid);
        }

        var dueBy = today.AddDays(info.Program.Deadlines.SoonDays);
        var kinds = reader.Role == ActorRole.CaseWorker ? new[] { RecordKind.Tip, RecordKind.Case, RecordKind.Person } : [RecordKind.Tip, RecordKind.Case];
        var items = new List<RecordSummary>();
        foreach (var kind in kinds)
        {
            var query = new RecordQuery(kind, PageSize: RecordQuery.MaxPageSize, DueBy: dueBy, Statuses: StepsOf(kind, reader));
            if (query.Statuses is { Count: 0 } || Scope(query, reader) is not ({ } scoped, null))
            {
                continue;
            }

            items.AddRange((await index.QueryAsync(province, scoped)).Items);
        }

        var ordered = items.OrderBy(i => i.DueOn).ThenBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray();
        var overdue = ordered.Count(i => i.DueOn < today);
        return new RecordInbox(today, ordered, overdue, ordered.Length - overdue, Referrals: await ReferralsAsync(province, kinds, reader, today));
    }

    /// <summary>
    /// The records referred to the reader's agency and not answered yet, and those it referred that are pending or were
    /// answered in the last <see cref="RecordInbox.RecentAnswerDays"/> days, latest referral first; none for a reader
    /// without an agency.
    /// </summary>
    private async Task<IReadOnlyList<RecordSummary>> ReferralsAsync(string province, IEnumerable<RecordKind> kinds, ActingParty reader, DateOnly today)
    {
        if (reader.AgencyCode is not { } agency || reader.Role is not (ActorRole.AgencyOfficer or ActorRole.CaseWorker))
        {
            return [];
        }

        var since = today.AddDays(-RecordInbox.RecentAnswerDays);
        var lines = new List<RecordSummary>();
        foreach (var kind in kinds.Where(k => k != RecordKind.Case))
        {
            var incoming = await index.QueryAsync(province, new RecordQuery(kind, PageSize: RecordQuery.MaxPageSize, ReferredTo: agency));
            var outgoing = await index.QueryAsync(province, new RecordQuery(kind, PageSize: RecordQuery.MaxPageSize, ReferredBy: agency));
            lines.AddRange(incoming.Items);
            lines.AddRange(outgoing.Items.Where(l => l.Referrals!.Any(r =>
                r.FromAgency == agency && (r.Status == ReferralStatus.Pending || r.AnsweredOn >= since))));
        }

        return [.. lines
            .DistinctBy(l => (l.Kind, l.Id))
            .OrderByDescending(l => l.Referrals!.Max(r => r.ReferredOn))
            .ThenBy(l => l.Id, StringComparer.Ordinal)];
    }

    public async Task<OverdueCounts> OverdueAsync(string? districtCode)
    {
        var province = this.GetPrimaryKeyString();
        var yesterday = calendar.Today().AddDays(-1);
        async Task<int> CountAsync(RecordKind kind) =>
            (await index.QueryAsync(province, new RecordQuery(kind, DistrictCode: districtCode, PageSize: 1, DueBy: yesterday))).Total;
        return new OverdueCounts(await CountAsync(RecordKind.Tip), await CountAsync(RecordKind.Case), await CountAsync(RecordKind.Person));
    }

    /// <summary>The statuses whose next step the reader's agency takes (agency officers); null (every status) for the others.</summary>
    private static IReadOnlyList<string>? StepsOf(RecordKind kind, ActingParty reader) =>
        reader.Role == ActorRole.AgencyOfficer || (reader.Role == ActorRole.CaseWorker && kind != RecordKind.Person)
            ? [.. RecordStatuses.Of(kind).Where(s => RecordStatuses.NextAgencies(kind, s).Contains(reader.AgencyCode!))]
            : null;

    private static (RecordQuery? Query, CommandError? Error) Scope(RecordQuery query, ActingParty reader)
    {
        if (query.Kind == RecordKind.Person)
        {
            if (reader.Role != ActorRole.CaseWorker)
            {
                return (null, PermissionRefusals.Role("reader", reader.Role, "xem danh sách người được tiếp nhận", "list received persons", PersonReaders));
            }

            if (!VictimRoles.CaseWorkers.Contains(reader.AgencyCode!))
            {
                return (null, PermissionRefusals.NoCaseWorkers("reader", reader.AgencyCode, VictimRoles.CaseWorkers));
            }

            // Only the persons the reader's agency has (received, accepted on referral, or has an officer assigned to);
            // the agency filter then narrows them to those one agency received.
            return (query with { AccessibleTo = reader.AgencyCode }, null);
        }

        if (reader.Role != ActorRole.DistrictOfficer)
        {
            return (query, null);
        }

        return query.DistrictCode is null || query.DistrictCode == reader.DistrictCode
            ? (query with { DistrictCode = reader.DistrictCode }, null)
            : (null, PermissionRefusals.District("reader", reader.DistrictCode, query.DistrictCode, "xem danh sách hồ sơ", "list the records"));
    }

    /// <summary>The first invalid filter of <paramref name="query"/>, or null.</summary>
    private CommandError? Check(RecordQuery query, string province)
    {
        if (!Enum.IsDefined(query.Kind))
        {
            return Invalid("kind", ((int)query.Kind).ToString(CultureInfo.InvariantCulture), Enum.GetNames<RecordKind>());
        }

        if (query.Page < 1)
        {
            return OutOfRange("page", query.Page, 1, int.MaxValue);
        }

        if (query.PageSize is < 1 or > RecordQuery.MaxPageSize)
        {
            return OutOfRange("pageSize", query.PageSize, 1, RecordQuery.MaxPageSize);
        }

        if (query.From is { } from && query.To is { } to && from > to)
        {
            var fromField = query.Kind == RecordKind.Case ? "openedFrom" : "receivedFrom";
            return new("invalidRange", fromField,
                $"Từ ngày {from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} sau đến ngày {to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.",
                $"The start {from:yyyy-MM-dd} is after the end {to:yyyy-MM-dd}.");
        }

        if (query.DistrictCode is { } district && !(reference.Districts.TryGetValue(district, out var info) && info.ProvinceCode == province))
        {
            return PermissionRefusals.UnknownDistrict("", district) with { Field = "district" };
        }

        if (query.AgencyCode is { } agency && !reference.Agencies.ContainsKey(ReferenceData.AgencyKey(province, agency)))
        {
            return Refusals.UnknownAgency(agency) with { Field = "agency" };
        }

        if (query.Status is { } status && !RecordStatuses.Of(query.Kind).Contains(status))
        {
            return Invalid("status", status, RecordStatuses.Of(query.Kind));
        }

        if (query.Form is { } form && (query.Kind != RecordKind.Case || !RecordStatuses.Forms.Contains(form)))
        {
            return Invalid("form", form, query.Kind == RecordKind.Case ? RecordStatuses.Forms : []);
        }

        return null;
    }


    private static CommandError Invalid(string field, string value, IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed);
        return new("unknownValue", field,
            list.Length == 0 ? $"Bộ lọc '{field}' không áp dụng cho loại hồ sơ này." : $"Giá trị '{value}' của '{field}' không hợp lệ; chỉ: {list}.",
            list.Length == 0 ? $"The filter '{field}' does not apply to this kind of record." : $"'{value}' is not a valid '{field}'; only: {list}.");
    }

    private static CommandError OutOfRange(string field, int value, int min, int max) =>
        new("outOfRange", field,
            max == int.MaxValue ? $"'{field}' phải từ {min} trở lên (đã gửi {value})." : $"'{field}' phải từ {min} đến {max} (đã gửi {value}).",
            max == int.MaxValue ? $"'{field}' must be {min} or more (sent {value})." : $"'{field}' must be from {min} to {max} (sent {value}).");
}
