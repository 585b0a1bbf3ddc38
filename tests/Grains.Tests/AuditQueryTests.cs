using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Audit;
using Microsoft.Extensions.DependencyInjection;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>
/// Administrators read the audit trail through <see cref="IAuditQueryGrain"/>: the entries commands wrote, newest
/// first, filtered and paged, with the chain's verification; anyone else is refused; every read, granted or refused,
/// is itself in the trail. Each test acts under user ids of its own on commune 06658 (Cao Xanh).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AuditQueryTests(ClusterFixture fixture)
{
    private const string CaoXanh = "06658";

    private IAuditQueryGrain Audit => fixture.Grains.GetGrain<IAuditQueryGrain>(0);

    private MemoryAuditTrail Trail => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryAuditTrail>();

    [Fact]
    public async Task CommandsAreListedNewestFirstWithTheirFieldsAndEachFilterNarrowsThem()
    {
        var officer = new ActingParty($"aq-{Key()[..8]}", "TTTT");
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(CaoXanh);
        var (first, refused) = (Key(), Key());
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        var accepted = await commune.RecordSurveyAsync(new(first, officer, $"S-{first[..8]}", D(2012, 3, 1), 10, 5));
        await commune.RecordSurveyAsync(new(first, officer, $"S-{first[..8]}", D(2012, 3, 1), 10, 5));
        await commune.RecordSurveyAsync(new(refused, officer, $"S-{refused[..8]}", D(2099, 1, 1), 10, 5));
        var admin = Administrator();

        var all = await ReadAsync(new AuditQuery(Actor: officer.UserId), admin);

        Assert.Equal(3, all.Total);
        Assert.Equal(
            [
                (AuditActions.Rejected, "dateInFuture", refused),
                (AuditActions.Duplicate, (string?)null, first),
                (AuditActions.Accepted, null, first),
            ],
            all.Entries.Select(e => (e.Outcome, e.Code, e.IdempotencyKey!)));
        Assert.All(all.Entries, e => Assert.Equal(
            (officer.UserId, "TTTT", nameof(RecordSurvey), $"commune/{CaoXanh}", accepted.Version, AuditSource.GrainClient),
            (e.ActorUserId, e.ActorAgency, e.Action, e.Target, e.Version, e.Source)));
        Assert.True(all.Entries[0].Sequence > all.Entries[1].Sequence && all.Entries[1].Sequence > all.Entries[2].Sequence);
        Assert.All(all.Entries, e => Assert.InRange(e.RecordedAt, start, DateTimeOffset.UtcNow));

        Assert.Equal([refused], Keys(await ReadAsync(new AuditQuery(Actor: officer.UserId, Outcome: AuditActions.Rejected), admin)));
        Assert.Equal(3, (await ReadAsync(new AuditQuery(Actor: officer.UserId, Agency: "TTTT", Action: nameof(RecordSurvey), Target: "commune/0665"), admin)).Total);
        Assert.Equal(0, (await ReadAsync(new AuditQuery(Actor: officer.UserId, Agency: "CA"), admin)).Total);
        Assert.Equal(0, (await ReadAsync(new AuditQuery(Actor: officer.UserId, Target: "district/"), admin)).Total);
        Assert.Equal(0, (await ReadAsync(new AuditQuery(Actor: officer.UserId, To: start), admin)).Total);
        Assert.Equal(3, (await ReadAsync(new AuditQuery(Actor: officer.UserId, From: start, To: DateTimeOffset.UtcNow.AddSeconds(1)), admin)).Total);
    }

    [Fact]
    public async Task PagesSplitTheMatchesAndTheChainIsReportedIntact()
    {
        var officer = new ActingParty($"aq-{Key()[..8]}", "TTTT");
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(CaoXanh);
        var keys = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            keys.Add(Key());
            await commune.RecordSurveyAsync(new(keys[^1], officer, $"S-{keys[^1][..8]}", D(2013, 5, 1 + i), 10, 5));
        }

        var admin = Administrator();
        var pages = new List<AuditPage>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await ReadAsync(new AuditQuery(Actor: officer.UserId, Page: page, PageSize: 2), admin));
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.Entries.Length));
        Assert.All(pages, p => Assert.Equal((5L, 3L), (p.Total, p.Pages)));
        Assert.Equal(Enumerable.Reverse(keys), pages.SelectMany(Keys));
        Assert.Empty((await ReadAsync(new AuditQuery(Actor: officer.UserId, Page: 4, PageSize: 2), admin)).Entries);

        var chain = pages[^1].Chain;
        Assert.True(chain.Intact);
        Assert.InRange(chain.Records, pages[0].Entries[0].Sequence, Trail.Records.Count);
    }

    [Fact]
    public async Task EveryReadIsAuditedAndANonAdministratorIsRefusedAndAuditedToo()
    {
        var admin = Administrator();
        var analyst = new ActingParty($"analyst-{Key()[..8]}", null, ActorRole.Analyst);
        var officer = new ActingParty($"ca-{Key()[..8]}", "CA");

        RequestContext.Set(AuditSource.RequestContextKey, "web 10.1.2.3");
        AuditReadResult granted, byAnalyst, byOfficer, export;
        try
        {
            granted = await Audit.ReadAsync(new AuditQuery(Actor: "nobody"), admin);
            byAnalyst = await Audit.ReadAsync(new AuditQuery(), analyst);
            byOfficer = await Audit.ExportAsync(new AuditQuery(), officer);
            export = await Audit.ExportAsync(new AuditQuery(Actor: admin.UserId), admin);
        }
        finally
        {
            RequestContext.Remove(AuditSource.RequestContextKey);
        }

        Assert.True(granted.Granted);
        Assert.All([byAnalyst, byOfficer], r => Assert.Equal(("notPermitted", "reader.role", null), (r.Error?.Code, r.Error?.Field, r.Page)));
        // The export lists the administrator's own reads, itself included: the trace is written before the read.
        Assert.Equal(
            [(AuditReads.ExportAction, AuditActions.Granted), (AuditReads.ReadAction, AuditActions.Granted)],
            export.Page!.Entries.Select(e => (e.Action, e.Outcome)));

        var reads = Trail.Records.Select(r => r.Entry)
            .Where(e => e.Target == AuditReads.Target && (e.ActorUserId == analyst.UserId || e.ActorUserId == officer.UserId)).ToList();
        Assert.Equal(
            [
                (analyst.UserId, (string?)null, AuditReads.ReadAction, AuditActions.Refused, "notPermitted"),
                (officer.UserId, "CA", AuditReads.ExportAction, AuditActions.Refused, "notPermitted"),
            ],
            reads.Select(e => (e.ActorUserId, e.ActorAgency, e.Action, e.Outcome, e.Code)));
        Assert.All(reads, e => Assert.Equal(("web 10.1.2.3", (string?)null), (e.Source, e.IdempotencyKey)));
    }

    [Theory]
    [InlineData(0, 50, null, "outOfRange", "page")]
    [InlineData(1, 0, null, "outOfRange", "pageSize")]
    [InlineData(1, AuditQuery.MaxPageSize + 1, null, "outOfRange", "pageSize")]
    [InlineData(1, 50, "range", "emptyRange", "to")]
    [InlineData(1, 50, "long", "tooLong", "target")]
    public async Task AQueryOutOfRangeIsRefusedInBothLanguages(int page, int pageSize, string? fault, string code, string field)
    {
        var now = DateTimeOffset.UtcNow;
        var query = new AuditQuery(
            From: fault == "range" ? now : null,
            To: fault == "range" ? now.AddHours(-1) : null,
            Target: fault == "long" ? new string('x', AuditQuery.MaxFilterLength + 1) : null,
            Page: page,
            PageSize: pageSize);

        var result = await Audit.ReadAsync(query, Administrator());

        Assert.Null(result.Page);
        Assert.Equal((code, field), (result.Error!.Code, result.Error.Field));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }

    private static ActingParty Administrator() => new($"admin-{Key()[..8]}", null, ActorRole.Administrator);

    private async Task<AuditPage> ReadAsync(AuditQuery query, ActingParty reader)
    {
        var result = await Audit.ReadAsync(query, reader);
        Assert.True(result.Granted, result.Error?.MessageEn);
        return result.Page!;
    }

    private static IEnumerable<string> Keys(AuditPage page) => page.Entries.Select(e => e.IdempotencyKey!);
}
