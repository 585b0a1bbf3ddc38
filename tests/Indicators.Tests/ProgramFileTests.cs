namespace AntiTrafficking.Indicators.Tests;

/// <summary>The repository's 2011–2015 program file says what program.md says.</summary>
public sealed class ProgramFileTests
{
    private static readonly IndicatorProgram _program = RealProgram.Instance;

    [Fact]
    public void ProgramFileDescribesThe2011To2015PlanOfDecision3087()
    {
        Assert.Equal("QN-3087-2011-2015", _program.Code);
        Assert.Equal("3087/QĐ-UBND", _program.Decision);
        Assert.Equal("22", _program.ProvinceCode);
        Assert.Equal(On(2011, 9, 30), _program.Start);
        Assert.Equal((2011, 2015), (_program.FirstYear, _program.LastYear));
    }

    [Fact]
    public void ProgramHasTheFourteenIndicatorsInTheirProjects()
    {
        Assert.Equal(
            Enumerable.Range(1, 14).Select(number => $"IND-{number:D2}"),
            _program.Indicators.Select(indicator => indicator.Code));
        Assert.Equal(
            [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3],
            _program.Indicators.Select(indicator => indicator.Project));
    }

    [Fact]
    public void IndicatorsUseThePlansOwnVietnameseWording()
    {
        Assert.Equal("Văn bản QPPL được chuyển tải thành tài liệu tuyên truyền tới xã", _program.GetIndicator("IND-01").NameVi);
        Assert.Equal("Tỷ lệ xét xử", _program.GetIndicator("IND-10").NameVi);
    }

    [Fact]
    public void Ind02IsProvinceOnlyAndInd04IsNotShownForCommunes()
    {
        Assert.Equal([ScopeLevel.Province], _program.GetIndicator("IND-02").Levels);
        Assert.Equal([ScopeLevel.District, ScopeLevel.Province], _program.GetIndicator("IND-04").Levels);
    }

    [Fact]
    public void Ind10DenominatorIsProsecutedByTheEndLessTriedBeforeTheStart()
    {
        var denominator = Assert.IsType<MeasureSum>(_program.GetIndicator("IND-10").Denominator);

        Assert.Equal("sum(cases.prosecuted@AsOfEnd, -cases.tried@BeforeStart)", denominator.ToString());
    }

    [Fact]
    public void OutputsIncludeMaterialsByKindAndTheLaterProjectsFigures()
    {
        Assert.Contains(_program.Outputs, output => output.MeasurePrefix == Measures.MaterialQuantityPrefix && output.Window == MeasureWindow.Period);
        Assert.Contains(_program.Outputs, output => output.Measure == Measures.ReportersActive && output.Window == MeasureWindow.AsOfEnd);
        Assert.All(
            [Measures.CasesOpened, Measures.SuspectsProsecuted, Measures.PeopleConvicted, Measures.VictimsRescued],
            measure => Assert.Contains(_program.Outputs, output => output.Measure == measure));
    }

    [Fact]
    public void UnknownIndicatorCodeIsRefusedByName()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => _program.GetIndicator("IND-99"));

        Assert.Contains("IND-99", error.Message);
    }
}
