using System.Text.Json.Nodes;

namespace AntiTrafficking.Indicators.Tests;

/// <summary>The program file's time limits of open steps: read as written, defaulted when absent, refused when out of range or unknown.</summary>
public sealed class StepDeadlineTests
{
    [Fact]
    public void TheProvincesFileGivesTheTwentyDaysOfTheCriminalProcedureCodeForATipAndItsOwnChoicesForTheRest()
    {
        var deadlines = IndicatorProgram.Load(RealProgram.FilePath).Deadlines;

        Assert.Equal(new StepDeadlines(20, 120, 60, 45, 15, 30, 7), deadlines);
    }

    [Fact]
    public void AFileWithoutDeadlinesOrWithSomeKeepsTheDefaultsOfTheOthers()
    {
        Assert.Equal(StepDeadlines.Default, Parse(p => p.AsObject().Remove("deadlines")).Deadlines);
        Assert.Equal(StepDeadlines.Default with { CaseTrialDays = 90 }, Parse(p => p["deadlines"] = new JsonObject { ["caseTrialDays"] = 90 }).Deadlines);
    }

    [Theory]
    [InlineData("tipVerificationDays", 0, "0 days is not from 1 to 3650")]
    [InlineData("soonDays", 4000, "4000 days is not from 1 to 3650")]
    [InlineData("tipVerficationDays", 20, "unknown field")]
    public void ALimitOutOfRangeOrMisspeltIsRefusedNamingIt(string field, int days, string problem)
    {
        var error = Assert.Throws<ProgramFormatException>(() => Parse(p => p["deadlines"] = new JsonObject { [field] = days }));

        Assert.Equal($"deadlines.{field}", error.Field);
        Assert.Equal(problem, error.Problem);
    }

    private static IndicatorProgram Parse(Action<JsonNode> change)
    {
        var program = JsonNode.Parse(File.ReadAllText(RealProgram.FilePath))!;
        change(program);
        return IndicatorProgram.Parse(program.ToJsonString());
    }
}
