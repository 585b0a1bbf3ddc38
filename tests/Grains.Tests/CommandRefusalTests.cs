using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Catalog;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests;

/// <summary>Bad input gets a clear refusal naming the field, and changes nothing. Uses Hạ Long's units (193, 066xx).</summary>
[Collection(ClusterCollection.Name)]
public sealed class CommandRefusalTests(ClusterFixture fixture)
{
    private const string HaKhanh = "06649";
    private const string HaPhong = "06652";
    private const string HaKhau = "06655";

    private static readonly ActingParty Officer = DistrictOfficer("193");

    [Fact]
    public async Task AnUnknownCommuneCodeIsRefused()
    {
        var result = await fixture.Grains.GetGrain<ICommuneGrain>("99999")
            .RecordSurveyAsync(new(Key(), Officer, "S1", D(2013, 1, 1), 10, 5));

        AssertRefused(result, "unknownUnit", "unitCode");
        await Assert.ThrowsAsync<UnknownUnitException>(() => fixture.Grains.GetGrain<ICommuneGrain>("99999").GetScorecardAsync("2013"));
    }

    [Fact]
    public async Task MoreAwareThanRespondentsIsRefusedAndChangesNothing() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordSurveyAsync(new(Key(), Officer, "S1", D(2013, 1, 1), 10, 11)), "exceeds", "aware");

    [Fact]
    public async Task ASurveyWithoutRespondentsIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordSurveyAsync(new(Key(), Officer, "S1", D(2013, 1, 1), 0, 0)), "notPositive", "respondents");

    [Fact]
    public async Task MoreTrainedThanOfficialsIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordOfficialsAsync(new(Key(), Officer, D(2013, 1, 1), 3, 4)), "exceeds", "trained");

    [Fact]
    public async Task ANegativeCountIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordOfficialsAsync(new(Key(), Officer, D(2013, 1, 1), -1, 0)), "negative", "total");

    [Fact]
    public async Task MoreRespondentsThanAnyCommuneHasAreRefusedNamingTheBound()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(HaKhanh);
        CommandResult? refused = null;

        await AssertRefusedAndUnchanged(HaKhanh, async c => refused = await c.RecordSurveyAsync(new(Key(), Officer, "S-big", D(2013, 1, 1), 100_001, 5)), "tooLarge", "respondents");
        var atTheBound = await commune.RecordSurveyAsync(new(Key(), Officer, "S-bound", D(2014, 1, 2), 100_000, 100_000));

        Assert.Equal("'respondents' không được lớn hơn 100.000: hãy kiểm tra lại số đã nhập.", refused!.Error!.MessageVi);
        Assert.Equal("'respondents' must not be greater than 100,000: check the figure entered.", refused.Error.MessageEn);
        Assert.Equal(CommandOutcome.Accepted, atTheBound.Outcome);
    }

    [Fact]
    public async Task MoreOfficialsThanTheBoundAreRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordOfficialsAsync(new(Key(), Officer, D(2013, 1, 1), 100_001, 0)), "tooLarge", "total");

    [Fact]
    public async Task ADateInTheFutureIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RegisterPropagandistAsync(new(Key(), Officer, "P-future", D(2026, 11, 29))), "dateInFuture", "registeredOn");

    [Fact]
    public async Task ADateBefore2011IsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordSurveyAsync(new(Key(), Officer, "S-old", D(2010, 12, 31), 10, 5)), "dateBeforeProgram", "conductedOn");

    [Fact]
    public async Task AnUnknownAgencyIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordSurveyAsync(new(Key(), new ActingParty("u", "NOPE"), "S2", D(2013, 1, 1), 10, 5)), "unknownAgency", "actor.agencyCode");

    [Fact]
    public async Task AMissingIdempotencyKeyIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordSurveyAsync(new("", Officer, "S3", D(2013, 1, 1), 10, 5)), "required", "idempotencyKey");

    [Fact]
    public async Task ADeliveryOfAnUnknownDocumentIsRefused() =>
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordDeliveryAsync(new(Key(), Officer, "NO-SUCH-DOC", "leaflet", 10, D(2013, 1, 1))), "unknownDocument", "documentCode");

    [Fact]
    public async Task ADeliveryOfAnUnknownMaterialKindIsRefused()
    {
        await RegisterDocumentAsync("REFUSAL-DOC-1", D(2012, 1, 1));
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordDeliveryAsync(new(Key(), Officer, "REFUSAL-DOC-1", "tshirt", 10, D(2013, 1, 1))), "unknownMaterialKind", "materialKind");
    }

    [Fact]
    public async Task ADeliveryBeforeTheDocumentWasIssuedIsRefused()
    {
        await RegisterDocumentAsync("REFUSAL-DOC-2", D(2012, 6, 1));
        await AssertRefusedAndUnchanged(HaKhanh, c => c.RecordDeliveryAsync(new(Key(), Officer, "REFUSAL-DOC-2", "leaflet", 10, D(2012, 5, 31))), "beforeIssue", "deliveredOn");
    }

    [Fact]
    public async Task RegisteringAnActivePersonTwiceIsRefused()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(HaPhong);
        Assert.Equal(CommandOutcome.Accepted, (await commune.RegisterPropagandistAsync(new(Key(), Officer, "P-1", D(2012, 1, 1)))).Outcome);

        await AssertRefusedAndUnchanged(HaPhong, c => c.RegisterPropagandistAsync(new(Key(), Officer, "P-1", D(2012, 2, 1))), "alreadyRegistered", "personId");
    }

    [Fact]
    public async Task DeactivatingSomeoneNotActiveIsRefused() =>
        await AssertRefusedAndUnchanged(HaPhong, c => c.DeactivatePropagandistAsync(new(Key(), Officer, "P-nobody", D(2013, 1, 1))), "notActive", "personId");

    [Fact]
    public async Task DeactivatingOnOrBeforeTheRegistrationDateIsRefused()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(HaPhong);
        Assert.Equal(CommandOutcome.Accepted, (await commune.RegisterPropagandistAsync(new(Key(), Officer, "P-2", D(2012, 5, 1)))).Outcome);

        await AssertRefusedAndUnchanged(HaPhong, c => c.DeactivatePropagandistAsync(new(Key(), Officer, "P-2", D(2012, 5, 1))), "dateOutOfOrder", "deactivatedOn");
    }

    [Fact]
    public async Task APersonDeactivatedCanBeRegisteredAgainLater()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(HaKhau);
        await commune.RegisterPropagandistAsync(new(Key(), Officer, "P-3", D(2012, 1, 1)));
        await commune.DeactivatePropagandistAsync(new(Key(), Officer, "P-3", D(2012, 6, 1)));

        var again = await commune.RegisterPropagandistAsync(new(Key(), Officer, "P-3", D(2013, 1, 1)));

        Assert.Equal(CommandOutcome.Accepted, again.Outcome);
        var card = await commune.GetScorecardAsync("2012");
        Assert.Equal(0, card.Outputs.Single(o => o.Code == "OUT-02").Value);
        card = await commune.GetScorecardAsync("2013");
        Assert.Equal(1, card.Outputs.Single(o => o.Code == "OUT-02").Value);
    }

    [Fact]
    public async Task AnInvalidPeriodIsRefusedWithABilingualMessage()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetGrain<ICommuneGrain>(HaKhau).GetScorecardAsync("2013-Q5"));

        Assert.Contains("Kỳ '2013-Q5' không hợp lệ", error.Message);
        Assert.Contains("Invalid period", error.Message);
    }

    private async Task RegisterDocumentAsync(string code, DateOnly issued)
    {
        var result = await fixture.Grains.GetGrain<IProgramCatalogGrain>("QN-3087-2011-2015")
            .RegisterLegalDocumentAsync(new(Key(), InformationDepartment, code, "Văn bản thử", issued));
        Assert.True(result.Succeeded);
    }

    private async Task AssertRefusedAndUnchanged(string communeCode, Func<ICommuneGrain, Task<CommandResult>> command, string code, string field)
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(communeCode);
        var before = await commune.GetScorecardAsync("2013");

        var result = await command(commune);

        AssertRefused(result, code, field);
        var after = await commune.GetScorecardAsync("2013");
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Indicators.ToArray(), after.Indicators.ToArray());
        Assert.Equal(before.Outputs.ToArray(), after.Outputs.ToArray());
    }

    private static void AssertRefused(CommandResult result, string code, string field)
    {
        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Equal((code, field), (result.Error!.Code, result.Error.Field));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
    }
}
