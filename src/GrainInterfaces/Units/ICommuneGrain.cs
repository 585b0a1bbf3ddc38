using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Units;

/// <summary>A commune-level unit (key: 5-digit GSO code): propagandists, officials, materials received and surveys.</summary>
[Alias("AntiTrafficking.ICommuneGrain")]
public interface ICommuneGrain : IGrainWithStringKey
{
    /// <summary>Registers a propagandist (tuyên truyền viên) of the commune.</summary>
    [Alias("RegisterPropagandist")]
    Task<CommandResult> RegisterPropagandistAsync(RegisterPerson command);

    /// <summary>Ends a propagandist's membership.</summary>
    [Alias("DeactivatePropagandist")]
    Task<CommandResult> DeactivatePropagandistAsync(DeactivatePerson command);

    /// <summary>Records the count of specialised officials and of those trained, as of a date.</summary>
    [Alias("RecordOfficials")]
    Task<CommandResult> RecordOfficialsAsync(RecordOfficials command);

    /// <summary>Records a delivery of propaganda material for a legal document.</summary>
    [Alias("RecordDelivery")]
    Task<CommandResult> RecordDeliveryAsync(RecordDelivery command);

    /// <summary>Records an awareness survey.</summary>
    [Alias("RecordSurvey")]
    Task<CommandResult> RecordSurveyAsync(RecordSurvey command);

    /// <summary>The commune's name, type and district.</summary>
    [Alias("GetSummary")]
    Task<UnitSummary> GetSummaryAsync();

    /// <summary>The commune scorecard for a period.</summary>
    [Alias("GetScorecard")]
    Task<ScorecardView> GetScorecardAsync(string period);
}
