using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using static AntiTrafficking.Grains.Tests.Enforcement.EnforcementScenario;

namespace AntiTrafficking.Grains.Tests.Enforcement;

/// <summary>
/// IND-07 … IND-11 of <see cref="EnforcementScenario"/> at commune, district and province level, against values
/// computed by hand (the arithmetic is beside each row; "due" = sent to court on or before the period end minus
/// tried before the period start).
/// </summary>
[Collection(EnforcementScenarioCollection.Name)]
public sealed class EnforcementScenarioTests(EnforcementScenarioFixture fixture)
{
    [Theory]
    [InlineData("commune", HaiSon, "2012", 1, 1, 100.0, IndicatorStatus.Met)] // KA1: measures in March and September
    [InlineData("commune", HaiSon, "2013", 0, 1, 0.0, IndicatorStatus.Off)] // KA1: no measure in 2013
    [InlineData("district", MongCai, "2013", 1, 2, 50.0, IndicatorStatus.Off)] // KA1, KA2 designated; only KA2 measured (Feb)
    [InlineData("district", BinhLieu, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // KA3 designated May, measured Dec
    [InlineData("district", BinhLieu, "2014", 1, 2, 50.0, IndicatorStatus.Off)] // KA3, KA4 designated; only KA4 measured
    [InlineData("province", Province, "2011", 1, 1, 100.0, IndicatorStatus.Met)] // KA1 designated Oct, measured Nov
    [InlineData("province", Province, "2012", 2, 2, 100.0, IndicatorStatus.Met)] // KA1 (two measures count once), KA2
    [InlineData("province", Province, "2013", 2, 3, 66.7, IndicatorStatus.Off)] // KA2, KA3 of KA1–KA3
    [InlineData("province", Province, "2014", 2, 4, 50.0, IndicatorStatus.Off)] // KA1 (Jun), KA4 (Apr) of four
    [InlineData("province", Province, "2015", 1, 4, 25.0, IndicatorStatus.Off)] // KA3 (Jan) of four
    [InlineData("province", Province, "2012-Q3", 2, 2, 100.0, IndicatorStatus.Met)] // KA1 Sep 5, KA2 Aug 20; both designated by Sep 30
    [InlineData("province", Province, "2013-H1", 1, 3, 33.3, IndicatorStatus.Off)] // KA3 designated May 10 counts; only KA2 measured
    public async Task KeyAreasCountWhenAMeasureWasAppliedWithinThePeriod(
        string level, string code, string period, long numerator, long denominator, double value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-07", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", HaiSon, "2012", 2, 2, 100.0, IndicatorStatus.Met)] // T1, T2 (classified in 2013, counts in 2012)
    [InlineData("commune", BacSon, "2013", 1, 2, 50.0, IndicatorStatus.Off)] // T3 classified, T4 never
    [InlineData("district", MongCai, "2013", 1, 2, 50.0, IndicatorStatus.Off)] // the same two tips
    [InlineData("district", BinhLieu, "2014", 2, 2, 100.0, IndicatorStatus.Met)] // T5 (district), T6 (Hoành Mô, classified 2015)
    [InlineData("province", Province, "2011", 0, 0, null, IndicatorStatus.NoData)]
    [InlineData("province", Province, "2012", 2, 2, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2013", 1, 2, 50.0, IndicatorStatus.Off)]
    [InlineData("province", Province, "2014", 2, 2, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2015", 1, 1, 100.0, IndicatorStatus.Met)] // T7, known only to the province
    [InlineData("province", Province, "2012-Q4", 1, 1, 100.0, IndicatorStatus.Met)] // T2 received Nov 25
    [InlineData("province", Province, "2013-Q3", 0, 1, 0.0, IndicatorStatus.Off)] // T4 received Sep 9
    public async Task TipsCountInTheirReceiptPeriodWithTheirStatusAsOfNow(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-08", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", HaiSon, "2012", 2, 2, 100.0, IndicatorStatus.Met)] // T1 case opened, T2 dismissed in 2013
    [InlineData("commune", HoanhMo, "2014", 0, 0, null, IndicatorStatus.NoData)] // T6 transferred: no signs to verify
    [InlineData("district", BinhLieu, "2014", 0, 1, 0.0, IndicatorStatus.Off)] // T5 with signs, not concluded
    [InlineData("province", Province, "2012", 2, 2, 100.0, IndicatorStatus.Met)]
    [InlineData("province", Province, "2013", 0, 0, null, IndicatorStatus.NoData)] // T3 no signs, T4 unclassified
    [InlineData("province", Province, "2014", 0, 1, 0.0, IndicatorStatus.Off)]
    [InlineData("province", Province, "2015", 1, 1, 100.0, IndicatorStatus.Met)] // T7
    public async Task TipsWithSignsOfCrimeCountAsVerifiedOnceConcluded(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-09", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", HaiSon, "2012", 1, 1, 100.0, IndicatorStatus.Met)] // C1 sent Oct, tried Dec
    [InlineData("commune", HaiSon, "2013", 0, 0, null, IndicatorStatus.NoData)] // 1 sent − 1 tried before 2013
    [InlineData("commune", HaiSon, "2014", 1, 1, 100.0, IndicatorStatus.Met)] // C6: 2 sent − C1 tried before; C6 tried
    [InlineData("commune", BacSon, "2012", 0, 1, 0.0, IndicatorStatus.Off)] // C2 sent Dec 10, not tried in 2012
    [InlineData("commune", BacSon, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // C2 carried over, tried Mar 2013
    [InlineData("commune", HoanhMo, "2014", 1, 1, 100.0, IndicatorStatus.Met)] // C3: 2 due dates − 1 trial before; retried May
    [InlineData("district", MongCai, "2012", 1, 2, 50.0, IndicatorStatus.Off)] // C1, C2 due; C1 tried
    [InlineData("district", MongCai, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // 2 sent − C1 tried before = C2
    [InlineData("district", BinhLieu, "2013", 1, 2, 50.0, IndicatorStatus.Off)] // C3, C4 due; C3 tried Nov
    [InlineData("district", BinhLieu, "2014", 2, 3, 66.7, IndicatorStatus.Off)] // 4 due dates − C3's trial: C4, C3 again, C4 again; tried C4, C3
    [InlineData("district", BinhLieu, "2015", 1, 1, 100.0, IndicatorStatus.Met)] // 4 − 3 trials before = C4 again; retried Feb
    [InlineData("province", Province, "2011", 0, 0, null, IndicatorStatus.NoData)]
    [InlineData("province", Province, "2012", 1, 2, 50.0, IndicatorStatus.Off)] // C1, C2; C1 tried
    [InlineData("province", Province, "2013", 2, 3, 66.7, IndicatorStatus.Off)] // 4 sent − C1 = C2, C3, C4; C2, C3 tried
    [InlineData("province", Province, "2014", 3, 4, 75.0, IndicatorStatus.Off)] // 7 − 3 = C4, C3 again, C6, C4 again; C4, C3, C6 tried
    [InlineData("province", Province, "2015", 1, 2, 50.0, IndicatorStatus.Off)] // 8 − 6 = C4 again, C5; C4 retried
    [InlineData("province", Province, "2014-Q1", 1, 2, 50.0, IndicatorStatus.Off)] // 5 by Mar 31 − 3 = C4, C3 again; C4 tried Mar 5
    public async Task TheTrialRateCountsCarriedOverCasesAndRetrialsByTheCourtStatisticsRule(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-10", numerator, denominator, value, status);

    [Theory]
    [InlineData("commune", HaiSon, "2013", 1, 1, 100.0, IndicatorStatus.Met)] // C1 in force Jan 5
    [InlineData("commune", HoanhMo, "2014", 0, 1, 0.0, IndicatorStatus.Off)] // C3's judgment, overturned as wrongful in 2015
    [InlineData("district", BinhLieu, "2014", 1, 2, 50.0, IndicatorStatus.Off)] // C4 (overturned, not wrongful), C3 (wrongful)
    [InlineData("district", MongCai, "2014", 1, 1, 100.0, IndicatorStatus.Met)] // C6's acquittal
    [InlineData("province", Province, "2012", 0, 0, null, IndicatorStatus.NoData)]
    [InlineData("province", Province, "2013", 2, 2, 100.0, IndicatorStatus.Met)] // C1, C2 (appellate judgment)
    [InlineData("province", Province, "2014", 2, 3, 66.7, IndicatorStatus.Off)] // C4, C3 (wrongful), C6
    [InlineData("province", Province, "2015", 1, 1, 100.0, IndicatorStatus.Met)] // C4's retrial judgment
    public async Task JudgmentsCountInTheirInForcePeriodAndWrongfulOnesAreNotSound(
        string level, string code, string period, long numerator, long denominator, double? value, IndicatorStatus status) =>
        await AssertIndicatorAsync(level, code, period, "IND-11", numerator, denominator, value, status);

    [Theory]
    [InlineData("province", Province, "2012", "OUT-06", 2)] // cases opened: C1, C2
    [InlineData("province", Province, "2012", "OUT-07", 5)] // suspects prosecuted: 3 + 2
    [InlineData("province", Province, "2012", "OUT-08", 3)] // convicted at C1's trial
    [InlineData("province", Province, "2012", "OUT-09", 6)] // rescued: 2 + 4
    [InlineData("province", Province, "2012", "OUT-20", 2)] // sent to court
    [InlineData("province", Province, "2012", "OUT-22", 1)] // C1 special project
    [InlineData("province", Province, "2012", "OUT-23", 5)] // arrested: 3 + 2
    [InlineData("province", Province, "2013", "OUT-07", 3)] // C3 1 + C4 2
    [InlineData("province", Province, "2013", "OUT-08", 3)] // C2 2 + C3 1
    [InlineData("province", Province, "2013", "OUT-24", 1)] // C2's mobile trial
    [InlineData("province", Province, "2013", "OUT-25", 1)] // campaign K1
    [InlineData("province", Province, "2013", "OUT-26", 5)] // K1 arrests: 4 + 1
    [InlineData("province", Province, "2013", "OUT-27", 3)] // K1 cases: 2 + 1
    [InlineData("province", Province, "2014", "OUT-08", 3)] // C4 2 + C3's retrial 1 + C6 acquitted 0
    [InlineData("province", Province, "2014", "OUT-20", 1)] // C6 only: retrials are not sent to court again
    [InlineData("province", Province, "2014", "OUT-21", 3)] // C4, C3's retrial, C6
    [InlineData("province", Province, "2015", "OUT-06", 1)] // C5
    [InlineData("province", Province, "2015", "OUT-09", 5)] // C5's rescue
    [InlineData("district", MongCai, "2013", "OUT-26", 4)]
    [InlineData("district", BinhLieu, "2013", "OUT-26", 1)]
    [InlineData("district", BinhLieu, "2013", "OUT-25", 0)] // the campaign itself counts for the province
    [InlineData("commune", HaiSon, "2012", "OUT-09", 2)]
    [InlineData("commune", BacSon, "2012", "OUT-09", 4)]
    public async Task OutputsCountCasesTrialsAndCampaignsInThePeriodOfTheirDates(string level, string code, string period, string output, long value)
    {
        var card = await ScorecardAsync(level, code, period);

        Assert.Equal(value, card.Outputs.Single(o => o.Code == output).Value);
    }

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
