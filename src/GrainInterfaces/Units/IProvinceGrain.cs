using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Units;

/// <summary>A province (key: GSO province code, e.g. "22"): province-wide scorecards computed from its districts.</summary>
[Alias("AntiTrafficking.IProvinceGrain")]
public interface IProvinceGrain : IGrainWithStringKey
{
    /// <summary>The province's name and type.</summary>
    [Alias("GetSummary")]
    Task<UnitSummary> GetSummaryAsync();

    /// <summary>The program the province follows.</summary>
    [Alias("GetProgram")]
    Task<ProgramSummary> GetProgramAsync();

    /// <summary>The province's districts in GSO order.</summary>
    [Alias("GetDistricts")]
    Task<ImmutableArray<UnitSummary>> GetDistrictsAsync();

    /// <summary>
    /// The version the province's scorecards carry now (of every period): it grows whenever a figure of the province or
    /// of any of its districts changes, or the program catalog does.
    /// </summary>
    [Alias("GetVersion")]
    Task<long> GetVersionAsync();

    /// <summary>The province scorecard for a period ("2013", "2013-H1", "2013-Q2").</summary>
    [Alias("GetScorecard")]
    Task<ScorecardView> GetScorecardAsync(string period);

    /// <summary>Every district's scorecard for a period, in GSO order.</summary>
    [Alias("GetDistrictScorecards")]
    Task<ImmutableArray<ScorecardView>> GetDistrictScorecardsAsync(string period);
}
