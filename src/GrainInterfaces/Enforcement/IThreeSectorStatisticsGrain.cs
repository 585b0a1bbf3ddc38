using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// The joint crime statistics of a province for one period (key: "{provinceCode}:{period}", e.g. "22:2013" or
/// "22:2013-H1"): each of Police, Procuracy and Court submits its figures; they are compared with each other and
/// with the counts computed from the case records.
/// </summary>
[Alias("AntiTrafficking.Enforcement.IThreeSectorStatisticsGrain")]
public interface IThreeSectorStatisticsGrain : IGrainWithStringKey
{
    /// <summary>Stores an agency's figures (CA, VKS or TA).</summary>
    [Alias("Submit")]
    Task<CommandResult> SubmitAsync(SubmitSectorStatistics command);

    /// <summary>The figures beside the records' counts and every discrepancy; live.</summary>
    [Alias("GetComparison")]
    Task<ThreeSectorView> GetComparisonAsync();
}
