using AntiTrafficking.WebFrontend.DataEntry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.DataEntry;

/// <summary>The list of data-entry forms by project (data-entry roles only).</summary>
public sealed class IndexModel(EntryForms forms) : PageModel
{
    /// <summary>The forms grouped by project.</summary>
    public IEnumerable<IGrouping<int, EntryForm>> Projects => forms.All.GroupBy(f => f.Project);

    /// <summary>Shows the list.</summary>
    public IActionResult OnGet() => Page();
}
