using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Units;

/// <summary>A district-level unit (key: 3-digit GSO code): its reporters and the sum of its communes.</summary>
[Alias("AntiTrafficking.IDistrictGrain")]
public interface IDistrictGrain : IGrainWithStringKey
{
    /// <summary>Registers a reporter (báo cáo viên) of the district.</summary>
    [Alias("RegisterReporter")]
    Task<CommandResult> RegisterReporterAsync(RegisterPerson command);

    /// <summary>Ends a reporter's membership.</summary>
    [Alias("DeactivateReporter")]
    Task<CommandResult> DeactivateReporterAsync(DeactivatePerson command);

    /// <summary>The district's name, type and province.</summary>
    [Alias("GetSummary")]
    Task<UnitSummary> GetSummaryAsync();

    /// <summary>The district's communes in GSO order.</summary>
    [Alias("GetCommunes")]
    Task<ImmutableArray<UnitSummary>> GetCommunesAsync();

    /// <summary>The district scorecard (its communes and itself) for a period.</summary>
    [Alias("GetScorecard")]
    Task<ScorecardView> GetScorecardAsync(string period);

    /// <summary>Every commune's scorecard for a period, in GSO order.</summary>
    [Alias("GetCommuneScorecards")]
    Task<ImmutableArray<ScorecardView>> GetCommuneScorecardsAsync(string period);
}
