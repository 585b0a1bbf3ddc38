using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;
using System.Security.Claims;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// Protects small counts on public views: at commune level a count from 1 to the threshold less one is shown as
/// "&lt; threshold" (Site:SmallCountThreshold, default 5), so that it cannot point to a person; counts that would let a
/// reader work a small count out from the district's total are withheld too (<see cref="CountSuppression"/>).
/// </summary>
public sealed class SmallCounts(IConfiguration config, ProgramFiles files)
{
    /// <summary>The smallest count shown as it is.</summary>
    public int Threshold => config.GetValue("Site:SmallCountThreshold", 5);

    /// <summary>A commune's count as shown given its protection: the number, "&lt; threshold" or the withheld mark.</summary>
    public string Show(long count, CellState state, string withheld) => state switch
    {
        CellState.Small => $"< {Threshold}",
        CellState.Withheld => withheld,
        _ => Display.Number(count),
    };

    /// <summary>
    /// Protects the counts of all the communes of one district together, under the program's indicators, for the
    /// public; a signed-in <paramref name="reader"/> (every role may see aggregates) sees every count as it is.
    /// </summary>
    public ProtectedCounts Protect(IReadOnlyList<ScorecardView> communes, string programCode, ClaimsPrincipal reader) =>
        // No commune given: nothing is protected, every count shows as it is.
        new(PartyClaims.Party(reader) is null ? communes : [], Threshold, files.Program(programCode)?.Indicators.Where(i => !i.CountsPeople).Select(i => i.Code).ToHashSet() ?? []);
}
