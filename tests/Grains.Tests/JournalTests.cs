using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Journal;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>How a command grain writes its journal: one row per accepted command, in order, refused when stale. Uses a commune of Uông Bí (196).</summary>
[Collection(ClusterCollection.Name)]
public sealed class JournalTests(ClusterFixture fixture)
{
    private static readonly ActingParty Officer = DistrictOfficer("196");

    private MemoryJournal Journal => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryJournal>();

    [Fact]
    public async Task AWriteFromAStaleActivationIsRefusedAndTheCommandIsCheckedAgainOnTheFreshState()
    {
        var commune = await CommuneAsync(8);
        Assert.Equal(CommandOutcome.Accepted, (await commune.RecordSurveyAsync(new(Key(), Officer, "J-1", D(2012, 2, 1), 40, 10))).Outcome);
        var stream = commune.GetGrainId().ToString();
        var rows = await Journal.ReadAfterAsync(stream, 0);

        // Another activation of the same commune (a silo taken for dead that still ran) wrote the next position.
        var serializer = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<Serializer>();
        var elsewhere = new RecordSurvey(Key(), Officer, "J-2", D(2012, 2, 2), 60, 30);
        Assert.Equal(AppendOutcome.Appended, await Journal.AppendAsync(
            new JournalRow(stream, rows[^1].Position + 1, JournalKinds.Command, serializer.SerializeToArray<object>(elsewhere), rows[^1].Version + 1,
                $"{Officer.UserId} {elsewhere.IdempotencyKey}", "elsewhere", "survey:J-2"),
            null));

        // This activation's next write asks for that position: refused; it reads the journal again and checks the
        // command on what the other wrote (the same survey id is now taken), never merging the two.
        var sameId = await commune.RecordSurveyAsync(new(Key(), Officer, "J-2", D(2012, 2, 3), 10, 5));
        Assert.Equal((CommandOutcome.Rejected, "duplicate", "surveyId"), (sameId.Outcome, sameId.Error?.Code, sameId.Error?.Field));
        var next = await commune.RecordSurveyAsync(new(Key(), Officer, "J-3", D(2012, 2, 4), 100, 50));
        Assert.Equal((CommandOutcome.Accepted, rows[^1].Version + 2), (next.Outcome, next.Version));

        var ind03 = (await commune.GetScorecardAsync("2012")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((90L, 200L), (ind03.Numerator, ind03.Denominator));
        var positions = (await Journal.ReadAfterAsync(stream, 0)).Select(r => r.Position).ToList();
        Assert.Equal(Enumerable.Range(1, positions.Count).Select(p => (long)p), positions);
    }

    [Fact]
    public async Task EachAcceptedCommandIsOneRowWithItsAuditEntryAndARefusedOneWritesNoRow()
    {
        var commune = await CommuneAsync(9);
        var stream = commune.GetGrainId().ToString();
        var before = (await Journal.ReadAfterAsync(stream, 0)).Count;
        var survey = new RecordSurvey(Key(), Officer, "J-A", D(2012, 6, 1), 10, 5);

        await commune.RecordSurveyAsync(survey);
        await commune.RecordSurveyAsync(survey);
        await commune.RecordSurveyAsync(new(Key(), Officer, "J-B", D(2012, 6, 1), 10, 50));

        var row = Assert.Single(await Journal.ReadAfterAsync(stream, before));
        Assert.Equal((JournalKinds.Command, $"{Officer.UserId} {survey.IdempotencyKey}", "survey:J-A"), (row.Kind, row.Key, row.Claim));
        var trail = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<Grains.Audit.MemoryAuditTrail>().Records
            .Where(r => r.Entry.Target == stream && r.Entry.Action == nameof(RecordSurvey)).Select(r => r.Entry.Outcome).TakeLast(3);
        Assert.Equal(["accepted", "duplicate", "rejected"], trail);
    }

    private async Task<ICommuneGrain> CommuneAsync(int index)
    {
        var communes = await fixture.Grains.GetGrain<IDistrictGrain>("196").GetCommunesAsync();
        return fixture.Grains.GetGrain<ICommuneGrain>(communes[index].Code);
    }
}
