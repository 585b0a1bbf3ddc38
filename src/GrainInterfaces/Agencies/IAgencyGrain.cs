using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.GrainInterfaces.Agencies;

/// <summary>An agency taking part in the program (key: agency code from the province's agencies file, e.g. "TTTT").</summary>
[Alias("AntiTrafficking.IAgencyGrain")]
public interface IAgencyGrain : IGrainWithStringKey
{
    /// <summary>The agency's profile, projects and accepted activity.</summary>
    [Alias("GetProfile")]
    Task<AgencyProfile> GetProfileAsync();
}
