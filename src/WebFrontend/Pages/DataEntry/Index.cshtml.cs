using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.DataEntry;

/// <summary>The list of the data-entry forms the signed-in user may use, by project (data-entry roles only).</summary>
public sealed class IndexModel(EntryForms forms) : PageModel
{
    /// <summary>The user's forms grouped by project.</summary>
    public IReadOnlyList<IGrouping<int, EntryForm>> Projects { get; private set; } = [];

    /// <summary>Shows the list.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        Projects = [.. (await forms.ForAsync(PartyClaims.Party(User)!)).GroupBy(f => f.Project)];
        return Page();
    }
}
