using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.WebFrontend.Admin;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiTrafficking.WebFrontend.Pages.Admin;

/// <summary>
/// The administrators' audit page (/quan-tri/nhat-ky): entries newest first, filtered by time, actor, agency, action,
/// outcome and target, a page at a time, with the chain's verification and links exporting the filtered entries.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AuditLogModel(IGrainFactory grains) : PageModel
{
    /// <summary>The page of entries, or null when the filters were refused.</summary>
    public AuditPage? Entries { get; private set; }

    /// <summary>Why the filters were refused, in the page's language.</summary>
    public string? FilterError { get; private set; }

    /// <summary>The field the refusal names.</summary>
    public string? FilterField { get; private set; }

    /// <summary>The query string's value of a filter, to show it back in its field.</summary>
    public string Value(string name) => Request.Query[name].ToString();

    /// <summary>A link to this page, or an export, with the same filters.</summary>
    public string Link(string path, params (string Name, string Value)[] extra) =>
        QueryHelpers.AddQueryString(path, AuditFilterInput.Filters(Request.Query)
            .Concat(extra.Select(e => KeyValuePair.Create(e.Name, (string?)e.Value))));

    /// <summary>Reads the page the query string asks for.</summary>
    public async Task OnGetAsync()
    {
        var (query, problem) = AuditFilterInput.Parse(Request.Query);
        if (problem is not null)
        {
            (FilterField, FilterError) = (problem.Field, Languages.IsEnglish ? problem.MessageEn : problem.MessageVi);
            return;
        }

        var result = await grains.GetGrain<IAuditQueryGrain>(0).ReadAsync(query!, PartyClaims.Party(User)!);
        if (!result.Granted)
        {
            (FilterField, FilterError) = (result.Error!.Field, Languages.IsEnglish ? result.Error.MessageEn : result.Error.MessageVi);
            Response.StatusCode = result.Error.Code == "notPermitted" ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return;
        }

        Entries = result.Page;
    }
}
