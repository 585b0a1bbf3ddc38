using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using static AntiTrafficking.Grains.Tests.Victims.VictimScenario;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// IND-12 … IND-14 and the Project 3 outputs of <see cref="VictimScenario"/> at commune, district and province level,
/// against values computed by hand (the arithmetic is beside each row). Targets are 100 every year, so 50 and 0 are off.
/// </summary>
[Collection(VictimScenarioCollection.Name)]
public sealed class VictimScenarioTests(VictimScenarioFixture fixture)
{
    private static readonly string[] Years = ["2011", "2012", "2013", "2014", "2015"];

    [Theory]
    [InlineData("commune", HaiSon, "2011", 1, 1, 100.0, IndicatorStatus.Met)] // P1
    [InlineData("commune", HaiSon, "2015", 0, 0, null, IndicatorStatus.NoData)] // P9 moved to Hoành Mô
    [InlineData("commune", BacSon, "2012", 1, 1, 100.0, IndicatorStatus.Met)] // P3: "not a victim" is a conclusion too
    [InlineData("commune", HoanhMo, "2015", 1, 2, 50.0, IndicatorStatus.Off)] // P8 not verified, P9 verified
    [InlineData("district", MongCai, "2012", 2, 2, 100.0, IndicatorStatus.Met)] // P2, P3
    [InlineData("district", MongCai, "2015", 0, 0, null, IndicatorStatus.NoData)] // P9 left the district
    [InlineData("district", BinhLieu, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // P5 (identified only in 2014)
    [InlineData("district", BinhLieu, "2014", 0, 1, 0.0, IndicatorStatus.Off)] // P6, known to the district only, still verifying
    [InlineData("district", BinhLieu, "2015", 1, 2, 50.0, IndicatorStatus.Off)] // P8, P9
    [InlineData("province", Province, "2011", 1, 1, 100.0, IndicatorStatus.Met)] // P1
    [InlineData("province", Province, "2012", 2, 2, 100.0, IndicatorStatus.Met)] // P2, P3
    [InlineData("province", Province, "2013", 2, 2, 100.0, IndicatorStatus.Met)] // P4, P5
    [InlineData("province", Province, "2014", 1, 2, 50.0, IndicatorStatus.Off)] // P6 not concluded, P7 concluded in 2015
    [InlineData("province", Province, "2015", 1, 2, 50.0, IndicatorStatus.Off)] // P8 not, P9 yes
    [InlineData("province", Province, "2014-Q1", 0, 1, 0.0, IndicatorStatus.Off)] // P6, received Mar 20
    [InlineData("province", Province, "2014-Q4", 1, 1, 100.0, IndicatorStatus.Met)] // P7, received Oct 10
    [InlineData("province", Province, "2012-H2", 1, 1, 100.0, IndicatorStatus.Met)] // P3, received Dec 20
    public async Task ReceivedPersonsCountInTheirReceiptPeriodAsVerifiedOnceConcluded(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-12", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", HaiSon, "2011", 1, 1, 100.0, IndicatorStatus.Met)] // P1: essential needs, medical
    [InlineData("commune", BacSon, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // P4 (P3 is no victim)
    [InlineData("commune", HoanhMo, "2014", 0, 1, 0.0, IndicatorStatus.Off)] // P5: legal aid only
    [InlineData("district", MongCai, "2015", 0, 0, null, IndicatorStatus.NoData)] // P9 identified after moving out
    [InlineData("district", BinhLieu, "2014", 0, 1, 0.0, IndicatorStatus.Off)] // P5
    [InlineData("district", BinhLieu, "2015", 1, 1, 100.0, IndicatorStatus.Met)] // P9: medical
    [InlineData("province", Province, "2011", 1, 1, 100.0, IndicatorStatus.Met)] // P1
    [InlineData("province", Province, "2012", 1, 1, 100.0, IndicatorStatus.Met)] // P2: psychological, vocational training
    [InlineData("province", Province, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // P4: essential needs, schooling
    [InlineData("province", Province, "2014", 0, 1, 0.0, IndicatorStatus.Off)] // P5: legal aid does not count here
    [InlineData("province", Province, "2015", 2, 2, 100.0, IndicatorStatus.Met)] // P7 (received 2014), P9
    [InlineData("province", Province, "2015-H1", 1, 1, 100.0, IndicatorStatus.Met)] // P7, identified Jan 20
    [InlineData("province", Province, "2015-Q3", 1, 1, 100.0, IndicatorStatus.Met)] // P9, identified Jul 1
    [InlineData("province", Province, "2013-Q1", 0, 0, null, IndicatorStatus.NoData)] // P3's conclusion identifies nobody
    public async Task IdentifiedVictimsCountInTheirIdentificationPeriodAsSupportedByAnyServiceButLegalAid(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-13", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", HaiSon, "2011", 1, 1, 100.0, IndicatorStatus.Met)] // P1: legal aid given in 2012 counts in 2011
    [InlineData("commune", BacSon, "2013", 0, 1, 0.0, IndicatorStatus.Off)] // P4: none
    [InlineData("commune", HoanhMo, "2014", 1, 1, 100.0, IndicatorStatus.Met)] // P5: given
    [InlineData("commune", HoanhMo, "2015", 1, 1, 100.0, IndicatorStatus.Met)] // P9: declined
    [InlineData("district", MongCai, "2012", 1, 1, 100.0, IndicatorStatus.Met)] // P2: declined
    [InlineData("district", MongCai, "2013", 0, 1, 0.0, IndicatorStatus.Off)] // P4
    [InlineData("province", Province, "2011", 1, 1, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2012", 1, 1, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2013", 0, 1, 0.0, IndicatorStatus.Off)]
    [InlineData("province", Province, "2014", 1, 1, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2015", 2, 2, 100.0, IndicatorStatus.Met)] // P7 given, P9 declined
    public async Task IdentifiedVictimsCountAsGivenLegalAidWhenGivenOrRecordedAsDeclined(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-14", numerator, denominator, value, status);

    [Theory]
    [InlineData("province", Province, "2011", "OUT-30", "mongcai", 1)] // P1
    [InlineData("province", Province, "2011", "OUT-33", "16to17", 1)] // P1: 2011 − 1994
    [InlineData("province", Province, "2011", "OUT-35", "essentialNeeds", 1)]
    [InlineData("province", Province, "2011", "OUT-35", "medical", 1)]
    [InlineData("province", Province, "2011", "OUT-36", "confidentiality", 1)]
    [InlineData("province", Province, "2012", "OUT-30", "mongcai", 1)] // P2
    [InlineData("province", Province, "2012", "OUT-30", "other", 1)] // P3
    [InlineData("province", Province, "2012", "OUT-31", "CN", 2)]
    [InlineData("province", Province, "2012", "OUT-32", "male", 1)] // P3
    [InlineData("province", Province, "2012", "OUT-33", "18to30", 2)] // P2 22, P3 30
    [InlineData("province", Province, "2012", "OUT-35", "legalAid", 1)] // P1's, given 2012-01-10
    [InlineData("province", Province, "2012", "OUT-35", "vocationalTraining", 1)]
    [InlineData("province", Province, "2013", "OUT-30", "hoanhmo", 2)] // P4, P5
    [InlineData("province", Province, "2013", "OUT-33", "under16", 1)] // P4: 2013 − 1998
    [InlineData("province", Province, "2013", "OUT-34", "rescued", 1)] // P5
    [InlineData("province", Province, "2013", "OUT-34", "handedOver", 1)] // P4
    [InlineData("province", Province, "2013", "OUT-35", "schooling", 1)]
    [InlineData("province", Province, "2013", "OUT-36", "safety", 1)]
    [InlineData("province", Province, "2013", "OUT-36", "relocation", 1)]
    [InlineData("province", Province, "2013", "OUT-37", null, 1)] // P1 reintegrated, closed Jun 30
    [InlineData("province", Province, "2014", "OUT-30", "bacphongsinh", 1)] // P6
    [InlineData("province", Province, "2014", "OUT-31", "MY", 1)] // P7
    [InlineData("province", Province, "2014", "OUT-33", "over30", 1)] // P6: 2014 − 1970
    [InlineData("province", Province, "2014", "OUT-34", "selfReturned", 1)] // P6
    [InlineData("province", Province, "2015", "OUT-31", "CN", 2)] // P8, P9
    [InlineData("province", Province, "2015", "OUT-33", "16to17", 1)] // P8: 2015 − 1999
    [InlineData("province", Province, "2015", "OUT-35", "legalAid", 1)] // P7 (P9 declined: not a service)
    [InlineData("province", Province, "2015", "OUT-35", "loan", 1)]
    [InlineData("province", Province, "2015", "OUT-35", "hardshipAllowance", 1)]
    [InlineData("district", BinhLieu, "2015", "OUT-30", "mongcai", 1)] // P9, counted at its new home
    [InlineData("district", BinhLieu, "2015", "OUT-30", "hoanhmo", 1)] // P8
    [InlineData("commune", HoanhMo, "2015", "OUT-32", "female", 2)] // P8, P9
    [InlineData("commune", HaiSon, "2012", "OUT-35", "psychological", 1)] // P2
    public async Task OutputsCountPersonsByPlaceCountrySexAgeAndReturnAndServicesAndMeasuresByKind(
        string level, string code, string period, string output, string? key, long value)
    {
        var card = await ScorecardAsync(level, code, period);

        Assert.Equal(value, card.Outputs.Single(o => o.Code == output && o.Key == key).Value);
    }

    [Fact]
    public async Task APersonWhoMovedLeavesNoFigureInTheOldCommune()
    {
        var card = await ScorecardAsync("commune", HaiSon, "2015");

        Assert.DoesNotContain(card.Outputs, o => IsProjectThreeOutput(o) && o.Value != 0);
    }

    [Fact]
    public async Task SendingEveryCommandAgainChangesNoFigureAtAnyLevel()
    {
        var before = await FiguresAsync();

        var results = new List<CommandResult>();
        foreach (var send in fixture.Scenario.Sent)
        {
            results.Add(await send());
        }

        Assert.All(results, r => Assert.Equal(CommandOutcome.Duplicate, r.Outcome));
        Assert.Equal(before, await FiguresAsync());
    }

    private async Task<List<(string, string, string, long, long)>> FiguresAsync()
    {
        var figures = new List<(string, string, string, long, long)>();
        foreach (var (level, code) in new[] { ("commune", HaiSon), ("commune", BacSon), ("commune", HoanhMo), ("district", MongCai), ("district", BinhLieu), ("province", Province) })
        {
            foreach (var year in Years)
            {
                var card = await ScorecardAsync(level, code, year);
                figures.AddRange(card.Indicators.Where(i => i.Project == 3).Select(i => (code, year, i.Code, i.Numerator, i.Denominator)));
                figures.AddRange(card.Outputs.Where(IsProjectThreeOutput).Select(o => (code, year, $"{o.Code}:{o.Key}", o.Value, 0L)));
            }
        }

        return figures;
    }

    private static bool IsProjectThreeOutput(OutputValue output) => string.CompareOrdinal(output.Code, "OUT-30") >= 0;

    private async Task AssertIndicatorAsync(
        string level, string code, string period, string indicatorCode, long numerator, long denominator, double? value, IndicatorStatus status)
    {
        var indicator = (await ScorecardAsync(level, code, period)).Indicators.Single(i => i.Code == indicatorCode);

        Assert.Equal(
            (numerator, denominator, (decimal?)value, status),
            (indicator.Numerator, indicator.Denominator, indicator.Value, indicator.Status));
    }

    private Task<ScorecardView> ScorecardAsync(string level, string code, string period) => level switch
    {
        "commune" => fixture.Grains.GetGrain<ICommuneGrain>(code).GetScorecardAsync(period),
        "district" => fixture.Grains.GetGrain<IDistrictGrain>(code).GetScorecardAsync(period),
        _ => fixture.Grains.GetGrain<IProvinceGrain>(code).GetScorecardAsync(period),
    };
}
