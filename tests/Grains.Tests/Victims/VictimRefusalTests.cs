using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>Impossible steps are refused with a clear reason naming the field, and change nothing. Uses Quảng Đức (06925, Hải Hà).</summary>
[Collection(ClusterCollection.Name)]
public sealed class VictimRefusalTests(ClusterFixture fixture)
{
    private const string QuangDuc = "06925";

    private readonly Stages _stages = new(fixture.Grains, QuangDuc);

    [Fact]
    public async Task SupportBeforeReceptionIsRefusedAndRecordsNoPerson()
    {
        var person = People.NewPerson(fixture.Grains);

        var result = await person.RecordSupportAsync(new(Key(), Agencies.Dolisa, SupportKind.Medical, D(2013, 5, 1), "Bệnh viện Đa khoa tỉnh"));

        AssertRefused(result, "notRecorded", "personId", version: 0);
        Assert.Null(await person.GetAsync());
    }

    [Fact]
    public async Task IdentifyingTwiceIsRefusedAndKeepsTheFirstConclusion()
    {
        var person = await _stages.ConcludedAsync();
        var before = await person.GetAsync();

        var result = await person.ConcludeIdentificationAsync(new(Key(), Agencies.Police, D(2013, 7, 1), IdentificationOutcome.NotVictim));

        AssertRefused(result, "alreadyConcluded", "outcome", before!.Version);
        var after = await person.GetAsync();
        Assert.Equal((IdentificationOutcome.Victim, Stages.ConcludedOn, "BDBP", 3L), (after!.Outcome, after.ConcludedOn, after.CertificateIssuer, after.Version));
        Assert.Equal(before.History.Length, after.History.Length);
    }

    [Fact]
    public async Task ConcludingAVerificationThatHasNotStartedIsRefused()
    {
        var person = await _stages.ReceivedAsync();

        var result = await person.ConcludeIdentificationAsync(new(Key(), Agencies.Police, D(2013, 6, 1), IdentificationOutcome.Victim, "CA"));

        AssertRefused(result, "invalidTransition", "status", version: 1);
        var view = await person.GetAsync();
        Assert.Equal((PersonStatus.Received, (IdentificationOutcome?)null), (view!.Status, view.Outcome));
    }

    [Fact]
    public async Task StartingAVerificationTwiceIsRefused()
    {
        var person = await _stages.VerifyingAsync();

        AssertRefused(await person.StartVerificationAsync(new(Key(), Agencies.Police, D(2013, 5, 20))), "invalidTransition", "status", version: 2);
        Assert.Equal(Stages.StartedOn, (await person.GetAsync())!.VerificationStartedOn);
    }

    [Fact]
    public async Task StepsDatedBeforeThePreviousStepAreRefused()
    {
        var verifying = await _stages.VerifyingAsync();
        var victim = await _stages.ConcludedAsync();
        var received = await _stages.ReceivedAsync();

        AssertRefused(await received.StartVerificationAsync(new(Key(), Agencies.Police, D(2013, 5, 9))), "dateOutOfOrder", "startedOn", 1);
        AssertRefused(
            await verifying.ConcludeIdentificationAsync(new(Key(), Agencies.Police, D(2013, 5, 10), IdentificationOutcome.Victim, "CA")),
            "dateOutOfOrder", "concludedOn", 2);
        AssertRefused(await victim.RecordSupportAsync(new(Key(), Agencies.Health, SupportKind.Medical, D(2013, 5, 1), "Bệnh viện")), "dateOutOfOrder", "providedOn", 3);
        AssertRefused(await victim.ApplyProtectionAsync(new(Key(), Agencies.Police, ProtectionMeasure.Safety, D(2013, 5, 9))), "dateOutOfOrder", "appliedOn", 3);
        AssertRefused(await victim.CloseAsync(new(Key(), Agencies.Dolisa, D(2013, 6, 14), Reintegrated: true)), "dateOutOfOrder", "closedOn", 3);
        Assert.Empty((await victim.GetAsync())!.Support);
    }

    [Fact]
    public async Task ADateInTheFutureIsRefused()
    {
        var person = People.NewPerson(fixture.Grains);

        AssertRefused(await person.ReceiveAsync(People.Reception(QuangDuc, D(2026, 11, 29))), "dateInFuture", "receivedOn", 0);
        Assert.Null(await person.GetAsync());
    }

    [Theory]
    [InlineData("reception", "YT")]
    [InlineData("reception", null)]
    [InlineData("verification", "LDTBXH")]
    [InlineData("identification", "HLHPN")]
    [InlineData("support", "TA")]
    [InlineData("support", "TTTT")]
    [InlineData("protection", "YT")]
    [InlineData("assignment", "CA")]
    [InlineData("home", "YT")]
    [InlineData("closure", "BDBP")]
    public async Task AStepTakenByAnAgencyNotInChargeOfItIsRefusedAndChangesNothing(string step, string? agency)
    {
        // No agency: a district officer, whose role takes no Project 3 step.
        var actor = agency is null ? DistrictOfficer("198") : new ActingParty($"{agency}-user", agency);
        var person = step switch
        {
            "reception" => People.NewPerson(fixture.Grains),
            "identification" => await _stages.VerifyingAsync(),
            "closure" => await _stages.ConcludedAsync(),
            _ => await _stages.ReceivedAsync(),
        };
        var before = await person.GetAsync();

        var result = step switch
        {
            "reception" => await person.ReceiveAsync(People.Reception(QuangDuc, D(2013, 5, 10), actor)),
            "verification" => await person.StartVerificationAsync(new(Key(), actor, D(2013, 5, 11))),
            "identification" => await person.ConcludeIdentificationAsync(new(Key(), actor, D(2013, 6, 1), IdentificationOutcome.Victim, "CA")),
            "support" => await person.RecordSupportAsync(new(Key(), actor, SupportKind.EssentialNeeds, D(2013, 5, 10), "Đồn Biên phòng")),
            "protection" => await person.ApplyProtectionAsync(new(Key(), actor, ProtectionMeasure.Safety, D(2013, 5, 12))),
            "assignment" => await person.AssignOfficerAsync(new(Key(), actor, Agencies.Dolisa, D(2013, 5, 12))),
            "home" => await person.ChangeHomeAsync(new(Key(), actor, "06928", D(2013, 5, 12))),
            _ => await person.CloseAsync(new(Key(), actor, D(2013, 7, 1), Reintegrated: true)),
        };

        AssertRefused(result, "notPermitted", agency is null ? "actor.role" : "actor.agencyCode", before?.Version ?? 0);
        Assert.Equal(before?.History.Length, (await person.GetAsync())?.History.Length);
    }

    [Fact]
    public async Task ReceivingTheSamePersonTwiceIsRefusedAsADuplicate()
    {
        var person = await _stages.ReceivedAsync();

        AssertRefused(await person.ReceiveAsync(People.Reception(QuangDuc, D(2013, 5, 12))), "duplicate", "personId", 1);
        Assert.Equal(Stages.ReceivedOn, (await person.GetAsync())!.ReceivedOn);
    }

    [Theory]
    [InlineData("homeUnitCode", "unknownPlace")]
    [InlineData("countryCode", "invalidCountry")]
    [InlineData("birthYear", "outOfRange")]
    [InlineData("personalData.fullName", "required")]
    public async Task AReceptionWithAnInvalidFieldIsRefusedNamingTheField(string field, string code)
    {
        var person = People.NewPerson(fixture.Grains);
        var valid = People.Reception(QuangDuc, D(2013, 5, 10));
        var invalid = field switch
        {
            "homeUnitCode" => valid with { HomeUnitCode = "01001" },
            "countryCode" => valid with { CountryCode = "China" },
            "birthYear" => valid with { BirthYear = 2014 },
            _ => valid with { PersonalData = valid.PersonalData with { FullName = " " } },
        };

        AssertRefused(await person.ReceiveAsync(invalid), code, field, 0);
        Assert.Null(await person.GetAsync());
    }

    [Theory]
    [InlineData(1912)]
    [InlineData(2014)]
    public async Task ABirthYearGivingAnAgeAtReceptionOutside0To100IsRefusedWithoutRepeatingTheYear(int birthYear)
    {
        var person = People.NewPerson(fixture.Grains);

        var result = await person.ReceiveAsync(People.Reception(QuangDuc, D(2013, 5, 10), birthYear: birthYear));

        AssertRefused(result, "outOfRange", "birthYear", 0);
        Assert.Equal("Tuổi khi tiếp nhận phải từ 0 đến 100: năm sinh phải từ 1913 đến 2013.", result.Error!.MessageVi);
        Assert.Equal("The age at reception must be 0 to 100: the birth year must be 1913 to 2013.", result.Error.MessageEn);
        Assert.Null(await person.GetAsync());
    }

    [Theory]
    [InlineData(1913)]
    [InlineData(2013)]
    public async Task APersonAged0Or100AtReceptionIsReceived(int birthYear)
    {
        var result = await People.NewPerson(fixture.Grains).ReceiveAsync(People.Reception(QuangDuc, D(2013, 5, 10), birthYear: birthYear));

        Assert.Equal(CommandOutcome.Accepted, result.Outcome);
    }

    [Fact]
    public async Task IdentifyingAVictimWithoutTheCertificateIssuerIsRefused()
    {
        var person = await _stages.VerifyingAsync();

        AssertRefused(
            await person.ConcludeIdentificationAsync(new(Key(), Agencies.Police, D(2013, 6, 1), IdentificationOutcome.Victim)),
            "required", "certificateIssuer", 2);
        Assert.Equal(PersonStatus.Verifying, (await person.GetAsync())!.Status);
    }

    [Fact]
    public async Task APersonFoundNotToBeAVictimIsNeitherSupportedNorReintegrated()
    {
        var person = await _stages.ConcludedAsync(IdentificationOutcome.NotVictim);

        AssertRefused(
            await person.RecordSupportAsync(new(Key(), Agencies.Dolisa, SupportKind.Travel, D(2013, 6, 20), "Sở LĐ-TB&XH")),
            "invalidTransition", "status", 3);
        AssertRefused(await person.CloseAsync(new(Key(), Agencies.Dolisa, D(2013, 7, 1), Reintegrated: true)), "notAVictim", "reintegrated", 3);
        Assert.Empty((await person.GetAsync())!.Support);
    }

    [Fact]
    public async Task ARecordIsClosedOnlyAfterTheConclusionAndTakesNoStepAfterwards()
    {
        var verifying = await _stages.VerifyingAsync();
        var victim = await _stages.ConcludedAsync();

        AssertRefused(await verifying.CloseAsync(new(Key(), Agencies.Dolisa, D(2013, 7, 1), Reintegrated: false)), "invalidTransition", "status", 2);
        Assert.Equal(CommandOutcome.Accepted, (await victim.CloseAsync(new(Key(), Agencies.Dolisa, D(2014, 1, 10), Reintegrated: true))).Outcome);
        AssertRefused(
            await victim.RecordSupportAsync(new(Key(), Agencies.Dolisa, SupportKind.Loan, D(2014, 2, 1), "Ngân hàng Chính sách xã hội")),
            "invalidTransition", "status", 4);
        var view = await victim.GetAsync();
        Assert.Equal((PersonStatus.Closed, true, D(2014, 1, 10)), (view!.Status, view.Reintegrated, view.ClosedOn));
    }

    [Fact]
    public async Task RefusedCommandsChangeNoFigureOfTheHomeCommune()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(QuangDuc);
        var before = await commune.GetScorecardAsync("2013");
        var person = await _stages.ConcludedAsync();
        var counted = await commune.GetScorecardAsync("2013");

        await person.ConcludeIdentificationAsync(new(Key(), Agencies.Police, D(2013, 7, 1), IdentificationOutcome.Victim, "CA"));
        await person.RecordSupportAsync(new(Key(), Agencies.Court, SupportKind.Medical, D(2013, 7, 1), "Bệnh viện"));
        await person.ReceiveAsync(People.Reception(QuangDuc, D(2013, 8, 1)));

        var after = await commune.GetScorecardAsync("2013");
        Assert.Equal(Figures(before, "IND-12").Denominator + 1, Figures(counted, "IND-12").Denominator);
        Assert.Equal(Figures(counted, "IND-12"), Figures(after, "IND-12"));
        Assert.Equal(Figures(counted, "IND-13"), Figures(after, "IND-13"));
    }

    [Fact]
    public async Task RefusalsNeverRepeatThePersonalData()
    {
        var identity = new PersonalData("Hoàng Thị Bí Mật", "022199004321", "Số 9 ngõ Kín, Móng Cái", "0987000111");
        var person = await _stages.ReceivedAsync(People.Reception(QuangDuc, D(2013, 5, 10), identity: identity));
        var again = People.Reception(QuangDuc, D(2013, 5, 10), identity: identity);

        var errors = new[]
        {
            (await person.ReceiveAsync(again)).Error,
            (await People.NewPerson(fixture.Grains).ReceiveAsync(again with { CountryCode = "??" })).Error,
            (await People.NewPerson(fixture.Grains).ReceiveAsync(again with { Actor = Agencies.Health })).Error,
            (await person.ReadPersonalDataAsync(new(Agencies.Information, "tò mò"))).Error,
        };

        Assert.All(errors, Assert.NotNull);
        var text = string.Join("\n", errors.Select(e => $"{e!.MessageVi} {e.MessageEn} {e}")) + again;
        Assert.All([identity.FullName, identity.IdentityNumber!, identity.Address!, identity.Contact!], value => Assert.DoesNotContain(value, text));
    }

    private static (long Numerator, long Denominator) Figures(GrainInterfaces.Views.ScorecardView card, string code)
    {
        var indicator = card.Indicators.Single(i => i.Code == code);
        return (indicator.Numerator, indicator.Denominator);
    }

    private static void AssertRefused(CommandResult result, string code, string field, long version)
    {
        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Equal((code, field), (result.Error!.Code, result.Error.Field));
        Assert.Equal(version, result.Version);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }
}
