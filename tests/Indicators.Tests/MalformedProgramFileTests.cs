using System.Text.Json.Nodes;

namespace AntiTrafficking.Indicators.Tests;

/// <summary>A malformed program file is refused with a message naming the indicator and the field.</summary>
public sealed class MalformedProgramFileTests
{
    [Fact]
    public void UnknownWindowNamesTheIndicatorTheFieldAndTheWindowsExpected()
    {
        var error = ParseChanged(program => Indicator(program, 2)["numerator"]!["window"] = "perod");

        Assert.Equal("IND-03.numerator.window", error.Field);
        Assert.Contains("'perod' is not a window (expected asOfEnd, period or beforeStart)", error.Message);
    }

    [Fact]
    public void TermWithoutMeasureIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 5)["denominator"]!.AsObject().Remove("measure"));

        Assert.Equal("IND-06.denominator", error.Field);
        Assert.Contains("expected exactly one of \"measure\", \"sum\" or \"product\", found none", error.Message);
    }

    [Fact]
    public void MisspeltFieldIsRefusedAsUnknown()
    {
        var error = ParseChanged(program => Indicator(program, 7)["numerator"]!["windw"] = "period");

        Assert.Equal("IND-08.numerator.windw", error.Field);
        Assert.Equal("unknown field", error.Problem);
    }

    [Fact]
    public void SignOtherThanPlusOrMinusOneIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 9)["denominator"]!["sum"]![1]!["sign"] = 2);

        Assert.Equal("IND-10.denominator.sum[1].sign", error.Field);
        Assert.Contains("expected 1 or -1", error.Message);
    }

    [Fact]
    public void EmptyProductIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 0)["denominator"]!["product"] = new JsonArray());

        Assert.Equal("IND-01.denominator.product", error.Field);
    }

    [Fact]
    public void UnknownLevelIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 0)["levels"] = new JsonArray("commune", "village"));

        Assert.Equal("IND-01.levels", error.Field);
        Assert.Contains("\"village\" is not a level", error.Message);
    }

    [Fact]
    public void TargetWithNeitherMilestonesNorYearlyIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 10)["target"] = new JsonObject());

        Assert.Equal("IND-11.target", error.Field);
    }

    [Fact]
    public void MilestoneKeyMustBeAYear()
    {
        var error = ParseChanged(program => Indicator(program, 0)["target"]!["milestones"]!["late 2013"] = 90);

        Assert.Equal("IND-01.target.milestones.late 2013", error.Field);
    }

    [Fact]
    public void TargetAboveOneHundredPercentIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 9)["target"]!["yearly"] = 950);

        Assert.Equal("IND-10.target.yearly", error.Field);
        Assert.Contains("percentage from 0 to 100", error.Message);
    }

    [Fact]
    public void MissingProgramStartIsRefused()
    {
        var error = ParseChanged(program => program.AsObject().Remove("start"));

        Assert.Equal("start", error.Field);
        Assert.Equal("required field is missing", error.Problem);
    }

    [Fact]
    public void IndicatorWithoutCodeIsNamedByItsPosition()
    {
        var error = ParseChanged(program => Indicator(program, 4).Remove("code"));

        Assert.Equal("indicators[4].code", error.Field);
    }

    [Fact]
    public void DuplicateIndicatorCodeIsRefused()
    {
        var error = ParseChanged(program => Indicator(program, 1)["code"] = "IND-01");

        Assert.Equal("indicators[1].code", error.Field);
        Assert.Contains("'IND-01' is used by an earlier indicator", error.Message);
    }

    [Fact]
    public void OutputWithBothMeasureAndPrefixIsRefused()
    {
        var error = ParseChanged(program => program["outputs"]![0]!["measurePrefix"] = "materials.quantity.");

        Assert.Equal("OUT-01", error.Field);
    }

    [Fact]
    public void InvalidJsonIsRefusedWithItsLine()
    {
        var error = Assert.Throws<ProgramFormatException>(() => IndicatorProgram.Parse("{\n  \"code\": \"X\",\n  oops\n}"));

        Assert.StartsWith("line 3", error.Field);
    }

    [Fact]
    public void DuplicatePropertyIsRefused()
    {
        var error = Assert.Throws<ProgramFormatException>(() => IndicatorProgram.Parse("""{ "code": "A", "code": "B" }"""));

        Assert.Contains("Duplicate property 'code'", error.Message);
    }

    [Fact]
    public void LoadingAMalformedFileNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"program-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Changed(program => Indicator(program, 2)["numerator"]!["window"] = "perod"));
        try
        {
            var error = Assert.Throws<ProgramFormatException>(() => IndicatorProgram.Load(path));

            Assert.Contains(Path.GetFileName(path), error.Message);
            Assert.Equal("IND-03.numerator.window", error.Field);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonObject Indicator(JsonNode program, int index) => program["indicators"]![index]!.AsObject();

    private static string Changed(Action<JsonNode> change)
    {
        var program = JsonNode.Parse(File.ReadAllText(RealProgram.FilePath))!;
        change(program);
        return program.ToJsonString();
    }

    private static ProgramFormatException ParseChanged(Action<JsonNode> change)
    {
        var json = Changed(change);
        return Assert.Throws<ProgramFormatException>(() => IndicatorProgram.Parse(json));
    }
}
