using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Reporting;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Tests.Reporting;

[Collection(ReportingCollection.Name)]
public sealed class ObligationTests(ReportingFixture fixture)
{
    [Fact]
    public async Task EveryAgencyAndEveryDistrictOwesEveryQuarterHalfAndYearOfTheProgramWithTheFilesDeadlines()
    {
        var obligations = await fixture.Grains.GetGrain<IReportingOfficeGrain>("22").GetObligationsAsync();

        // 13 agencies and 14 districts; 2011-Q4, 2011-H2 and 2011 (the plan starts on 30 Sep 2011), then 7 periods a year to 2015.
        Assert.Equal(27 * (3 + 4 * 7), obligations.Length);
        Assert.Equal(13, obligations.Where(o => o.Kind == ReporterKind.Agency).Select(o => o.ReporterCode).Distinct().Count());
        Assert.Equal(14, obligations.Where(o => o.Kind == ReporterKind.District).Select(o => o.ReporterCode).Distinct().Count());
        Assert.DoesNotContain(obligations, o => o.Period == "2011-Q3");
        Assert.Equal(new DateOnly(2013, 7, 10), obligations.Single(o => o.Period == "2013-Q2" && o.ReporterCode == "CA").DueOn);
        Assert.Equal(new DateOnly(2013, 7, 10), obligations.Single(o => o.Period == "2013-H1" && o.ReporterCode == "193").DueOn);
        Assert.Equal(new DateOnly(2016, 1, 15), obligations.Single(o => o.Period == "2015" && o.ReporterCode == "TTTT").DueOn);
        Assert.Equal("Hạ Long", obligations.First(o => o.ReporterCode == "193").NameVi);
    }

    [Fact]
    public void WithoutAReportingFileTheDefaultsApplyAndABadFileStopsTheSilo()
    {
        var folder = Directory.CreateTempSubdirectory("reporting-data-");
        try
        {
            var source = Path.Combine(DataFolder.Resolve(null), "provinces", "22");
            var target = Directory.CreateDirectory(Path.Combine(folder.FullName, "provinces", "22")).FullName;
            foreach (var file in Directory.GetFiles(source).Where(f => Path.GetFileName(f) != ReportingSchedule.FileName))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            var reference = ReferenceData.Load(folder.FullName);
            var rules = ReportingSchedule.Load(folder.FullName, reference).Provinces["22"];
            Assert.Equal("CA", rules.StandingOffice);
            Assert.Equal(new DateOnly(2013, 4, 10), rules.DueOn(Period.OfQuarter(2013, 1)));
            Assert.Equal(new DateOnly(2013, 7, 10), rules.DueOn(Period.OfHalf(2013, 1)));
            Assert.Equal(new DateOnly(2014, 1, 15), rules.DueOn(Period.OfYear(2013)));
            Assert.Equal(new DateOnly(2013, 4, 15), rules.ClosesOn(Period.OfQuarter(2013, 1)));
            Assert.Equal(new DateOnly(2014, 1, 20), rules.ClosesOn(Period.OfYear(2013)));

            File.WriteAllText(Path.Combine(target, ReportingSchedule.FileName), """{ "dueDaysAfterEnd": { "quarter": 20 }, "closeDaysAfterEnd": { "quarter": 5 } }""");
            Assert.Throws<InvalidDataException>(() => ReportingSchedule.Load(folder.FullName, reference));

            File.WriteAllText(Path.Combine(target, ReportingSchedule.FileName), """{ "standingOffice": "XX" }""");
            Assert.Throws<InvalidDataException>(() => ReportingSchedule.Load(folder.FullName, reference));

            File.WriteAllText(Path.Combine(target, ReportingSchedule.FileName), """{ "dueDaysAfterEnd": { "month": 3 } }""");
            Assert.Throws<InvalidDataException>(() => ReportingSchedule.Load(folder.FullName, reference));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
