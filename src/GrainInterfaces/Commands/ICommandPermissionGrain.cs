using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Communication;

namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// Which commands a party may give at all, from the grains' own table of who may do what (key: the province code; a
/// stateless worker). Only the party's role and agency are weighed: the district or agency of what a command names is
/// checked when it is sent. The data-entry pages offer a user the forms of these commands only.
/// </summary>
[Alias("AntiTrafficking.Commands.ICommandPermissionGrain")]
public interface ICommandPermissionGrain : IGrainWithStringKey
{
    /// <summary>The names of the command types (e.g. "RecordSurvey") <paramref name="party"/> may give.</summary>
    [Alias("GetCommands")]
    Task<ImmutableArray<string>> GetCommandsAsync(ActingParty party);
}
