using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Agencies;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Journal;
using AntiTrafficking.Grains.Reference;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Agencies;

/// <summary>
/// An agency: its profile comes from the province's agencies file, its activity from the commands it issued. Each
/// accepted command credits its agency in the transaction of its own journal row (<see cref="AgencyCredit"/>), so the
/// activity counts every command exactly once and no command waits for a write of the agency; this grain reads the sums.
/// </summary>
internal sealed class AgencyGrain(
    [PersistentState("agency", StorageNames.Main)] IPersistentState<AgencyState> state,
    ReferenceData reference,
    ICommandJournal journal,
    ILogger<AgencyGrain> logger) : Grain, IAgencyGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Activity.Count > 0)
        {
            await CarryOverAsync();
        }
    }

    public async Task<AgencyProfile> GetProfileAsync()
    {
        var key = this.GetPrimaryKeyString();
        if (!reference.Agencies.TryGetValue(key, out var info))
        {
            throw new UnknownUnitException(key);
        }

        var activity = await journal.ActivityOfAsync(key);
        return new AgencyProfile(info.Code, info.NameVi, info.NameEn, info.Projects, activity.ToImmutableDictionary());
    }

    /// <summary>
    /// The upgrade of an agency whose activity was stored in its own state (before the journal credited agencies): each
    /// activity's count becomes a row of this grain's stream crediting it, in name order, then the state is cleared. A
    /// second attempt (the state could not be cleared) finds those positions taken and credits nothing again.
    /// </summary>
    private async Task CarryOverAsync()
    {
        var stream = this.GetGrainId().ToString();
        var agency = this.GetPrimaryKeyString();
        var activities = state.State.Activity.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        await Task.WhenAll(activities.Select((activity, i) => journal.AppendAsync(
            new JournalRow(stream, i + 1, JournalKinds.Legacy, [], 0, Credit: new AgencyCredit(agency, activity.Key, activity.Value)), null)));
        await state.ClearStateAsync();
        logger.LogInformation("Agency {Agency}: {Count} activity counts carried over into the journal", agency, activities.Count);
    }
}
