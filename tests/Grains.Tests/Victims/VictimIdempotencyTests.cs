using AntiTrafficking.Grains.Journal;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Victims;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>Retries count once, and a corrected home moves every figure. Uses Hải Hà's communes 06928, 06931, 06934.</summary>
[Collection(ClusterCollection.Name)]
public sealed class VictimIdempotencyTests(ClusterFixture fixture)
{
    private const string QuangSon = "06928";
    private const string QuangThanh = "06931";
    private const string QuangThang = "06934";

    [Fact]
    public async Task EveryCommandRetriedReturnsTheFirstResultAndCountsOnce()
    {
        var person = People.NewPerson(fixture.Grains);
        var commands = new Func<Task<CommandResult>>[]
        {
            Once(person.ReceiveAsync, People.Reception(QuangSon, D(2014, 4, 2), place: ReceptionPlace.BacPhongSinh)),
            Once(person.StartVerificationAsync, new StartVerification(Key(), Agencies.BorderGuard, D(2014, 4, 3))),
            Once(person.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), Agencies.BorderGuard, D(2014, 5, 6), IdentificationOutcome.Victim, "BDBP")),
            Once(person.RecordSupportAsync, new RecordSupport(Key(), Agencies.Health, SupportKind.Medical, D(2014, 5, 7), "Trung tâm Y tế huyện Hải Hà")),
            Once(person.RecordSupportAsync, new RecordSupport(Key(), Agencies.Justice, SupportKind.LegalAid, D(2014, 5, 8), "Trung tâm Trợ giúp pháp lý")),
            Once(person.ApplyProtectionAsync, new ApplyProtection(Key(), Agencies.Police, ProtectionMeasure.Safety, D(2014, 5, 9))),
        };

        var first = new List<CommandResult>();
        foreach (var send in commands)
        {
            first.Add(await send());
        }

        foreach (var (send, original) in commands.Zip(first))
        {
            var retry = await send();
            Assert.Equal((CommandOutcome.Duplicate, original.Version), (retry.Outcome, retry.Version));
        }

        Assert.All(first, r => Assert.Equal(CommandOutcome.Accepted, r.Outcome));
        Assert.Equal([1L, 2, 3, 4, 5, 6], first.Select(r => r.Version));
        var card = await fixture.Grains.GetGrain<ICommuneGrain>(QuangSon).GetScorecardAsync("2014");
        Assert.Equal([(1L, 1L), (1L, 1L), (1L, 1L)], new[] { "IND-12", "IND-13", "IND-14" }.Select(code => Figures(card, code)));
        Assert.Equal(1, Output(card, "OUT-30", "bacphongsinh"));
        Assert.Equal((1L, 1L, 1L), (Output(card, "OUT-35", "medical"), Output(card, "OUT-35", "legalAid"), Output(card, "OUT-36", "safety")));
        var view = await person.GetAsync();
        Assert.Equal((2, 1, 6L), (view!.Support.Length, view.Protection.Length, view.Version));
    }

    [Fact]
    public async Task AKeyReusedWithOtherPersonalDataIsRefusedAndItsFingerprintIsKeyedNotAPlainHash()
    {
        var person = People.NewPerson(fixture.Grains);
        var reception = People.Reception(QuangSon, D(2016, 4, 2));
        var first = await person.ReceiveAsync(reception);

        var otherIdentity = await person.ReceiveAsync(reception with { PersonalData = People.Identity("khác") });
        var retry = await person.ReceiveAsync(reception);

        Assert.Equal(CommandOutcome.Accepted, first.Outcome);
        Assert.Equal((CommandOutcome.Rejected, "idempotencyKeyReused", first.Version), (otherIdentity.Outcome, otherIdentity.Error?.Code, otherIdentity.Version));
        Assert.Equal((CommandOutcome.Duplicate, first.Version), (retry.Outcome, retry.Version));
        var journal = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<ICommandJournal>();
        var stored = await journal.FindKeyAsync(person.GetGrainId().ToString(), $"{reception.Actor.UserId} {reception.IdempotencyKey}");
        var ring = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<VictimKeyRing>();
        Assert.StartsWith($"{ring.ActiveKeyId}:", stored!.Fingerprint, StringComparison.Ordinal);
        Assert.Equal(first.Version, stored.Version);

        // The person's journal holds its state after each act: the identity only sealed, never as it was sent.
        var row = Assert.Single(await journal.ReadAfterAsync(person.GetGrainId().ToString(), 0));
        Assert.Equal(JournalKinds.State, row.Kind);
        var payload = System.Text.Encoding.UTF8.GetString(row.Payload);
        Assert.Contains(QuangSon, payload);
        Assert.DoesNotContain(reception.PersonalData!.FullName, payload);
    }

    [Fact]
    public async Task CorrectingTheHomeMovesEveryFigureToTheNewCommune()
    {
        var person = People.NewPerson(fixture.Grains);
        await person.ReceiveAsync(People.Reception(QuangThanh, D(2015, 3, 1), sex: Sex.Male, birthYear: 1980));
        await person.StartVerificationAsync(new(Key(), Agencies.Police, D(2015, 3, 2)));
        await person.ConcludeIdentificationAsync(new(Key(), Agencies.Police, D(2015, 4, 1), IdentificationOutcome.Victim, "CA"));
        await person.RecordSupportAsync(new(Key(), Agencies.Dolisa, SupportKind.Travel, D(2015, 4, 2), "Sở LĐ-TB&XH"));
        var move = new ChangeHome(Key(), Agencies.Police, QuangThang, D(2015, 4, 3));

        var moved = await person.ChangeHomeAsync(move);
        var retried = await person.ChangeHomeAsync(move);

        Assert.Equal((CommandOutcome.Accepted, CommandOutcome.Duplicate, 5L), (moved.Outcome, retried.Outcome, retried.Version));
        var old = await fixture.Grains.GetGrain<ICommuneGrain>(QuangThanh).GetScorecardAsync("2015");
        var current = await fixture.Grains.GetGrain<ICommuneGrain>(QuangThang).GetScorecardAsync("2015");
        Assert.Equal([(0L, 0L), (0L, 0L), (0L, 0L)], new[] { "IND-12", "IND-13", "IND-14" }.Select(code => Figures(old, code)));
        Assert.Equal(IndicatorStatus.NoData, old.Indicators.Single(i => i.Code == "IND-12").Status);
        Assert.DoesNotContain(old.Outputs, o => o.Code is "OUT-30" or "OUT-32" or "OUT-35");
        Assert.Equal([(1L, 1L), (1L, 1L), (0L, 1L)], new[] { "IND-12", "IND-13", "IND-14" }.Select(code => Figures(current, code)));
        Assert.Equal((1L, 1L, 1L), (Output(current, "OUT-32", "male"), Output(current, "OUT-33", "over30"), Output(current, "OUT-35", "travel")));
        Assert.Equal(QuangThang, (await person.GetAsync())!.HomeUnitCode);
    }

    private static Func<Task<CommandResult>> Once<T>(Func<T, Task<CommandResult>> send, T command) => () => send(command);

    private static (long, long) Figures(ScorecardView card, string code)
    {
        var indicator = card.Indicators.Single(i => i.Code == code);
        return (indicator.Numerator, indicator.Denominator);
    }

    private static long Output(ScorecardView card, string code, string key) => card.Outputs.Single(o => o.Code == code && o.Key == key).Value;
}
