using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.Grains.Tests.Reporting;

[Collection(ReportingCollection.Name)]
public sealed class SubmissionRefusalTests(ReportingFixture fixture)
{
    public static TheoryData<string, string, string, string> WrongReports => new()
    {
        // period, reporter, actor agency ("" = an officer of district 193), expected code
        { "2013-H1", "999", "", "unknownReporter" },
        { "2013-H1", "VKS", "TTTT", "notPermitted" },
        { "2013-H1", "VKS", "", "notPermitted" },
        { "2013-H1", "193", "TTTT", "notPermitted" },
        { "2013-H1", "XYZ", "XYZ", "unknownAgency" },
        { "2013-H1", "194", "", "notPermitted" },
    };

    [Theory]
    [MemberData(nameof(WrongReports))]
    public async Task AReportFromTheWrongPartyIsRefusedAndChangesNothing(string periodText, string reporter, string agency, string code)
    {
        var period = fixture.Grains.Period(periodText);
        var before = await period.GetStatusAsync();

        var result = await period.SubmitAsync(Reports.Submit(reporter, agency == "" ? Reports.District("193") : Reports.Agency(agency)));

        AssertRefused(result, code);
        Assert.Equal(before.Total, (await period.GetStatusAsync()).Total);
    }

    [Fact]
    public async Task AReportForAPeriodNotYetEndedIsRefused()
    {
        var result = await fixture.Grains.Period("2013-Q3").SubmitAsync(Reports.Submit("TTTT", Reports.Agency("TTTT")));

        var error = AssertRefused(result, "periodNotEnded");
        Assert.Equal("period", error.Field);
        Assert.Contains("30/09/2013", error.MessageVi);
        Assert.Null(await fixture.Grains.Period("2013-Q3").GetReportAsync("TTTT"));
    }

    [Theory]
    [InlineData("2011-Q3")]
    [InlineData("2016-Q1")]
    [InlineData("2013-q2")]
    public async Task AReportOutsideTheProgramsPeriodsIsRefused(string periodText)
    {
        var period = fixture.Grains.Period(periodText);

        AssertRefused(await period.SubmitAsync(Reports.Submit("TTTT", Reports.Agency("TTTT"))), "periodOutsideProgram");
        await Assert.ThrowsAsync<GrainInterfaces.UnknownUnitException>(period.GetStatusAsync);
    }

    [Fact]
    public async Task MalformedContentIsRefusedNamingTheField()
    {
        var period = fixture.Grains.Period("2013-H1");
        var agency = Reports.Agency("VHTTDL");

        Assert.Equal("narrative", AssertRefused(await period.SubmitAsync(Reports.Submit("VHTTDL", agency, "  ")), "required").Field);
        Assert.Equal("figures[1].code", AssertRefused(await period.SubmitAsync(
            Reports.Submit("VHTTDL", agency, figures: [new ReportFigure("OUT-01", 1), new ReportFigure("OUT-99", 1)])), "unknownFigure").Field);
        Assert.Equal("figures[1].code", AssertRefused(await period.SubmitAsync(
            Reports.Submit("VHTTDL", agency, figures: [new ReportFigure("IND-03", 1), new ReportFigure("IND-03", 2)])), "duplicate").Field);
        Assert.Equal("figures[0].value", AssertRefused(await period.SubmitAsync(
            Reports.Submit("VHTTDL", agency, figures: new ReportFigure("OUT-02", -4))), "negative").Field);

        Assert.Null(await period.GetReportAsync("VHTTDL"));
    }

    private static CommandError AssertRefused(CommandResult result, string code)
    {
        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Equal(code, result.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
        return result.Error;
    }
}
