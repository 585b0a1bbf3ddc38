using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Records;

/// <summary>The signed-in user's inbox (<c>/hop-thu</c>): the records in their scope whose next step is overdue or soon due.</summary>
public sealed class InboxModel(IGrainFactory grains, UnitChoices units, IConfiguration config) : PageModel
{
    public RecordInbox Inbox { get; private set; } = new(default, [], 0, 0);

    private IReadOnlyList<DistrictUnits> _districts = [];

    public async Task OnGetAsync()
    {
        var reader = PartyClaims.Party(User)!;
        _districts = await units.ForAsync(reader);
        Inbox = await grains.GetGrain<IRecordListGrain>(config["Site:Province"] ?? "22").InboxAsync(reader);
    }

    /// <summary>Days past the last day (positive) or left before it (negative or zero).</summary>
    public int DaysLate(RecordSummary line) => Inbox.Today.DayNumber - line.DueOn!.Value.DayNumber;

    public string UnitName(string? code) => _districts.NameOf(code);
}
