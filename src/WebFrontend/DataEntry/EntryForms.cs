using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>Every data-entry form the commands declare (<see cref="CommandCatalog"/>), by project, for the site's current program.</summary>
public sealed class EntryForms(ProgramFiles files, IGrainFactory grains, IConfiguration config)
{
    private readonly Lazy<IReadOnlyList<EntryForm>> _forms = new(() =>
    [
        .. CommandCatalog.All
            .SelectMany(c => c.Routes.Where(r => r.Form is not null).Select(r => new EntryForm(c, r, files.Programs.Count > 0 ? files.Programs[^1].Code : "")))
            .OrderBy(f => f.Project),
    ]);

    /// <summary>The forms in project order.</summary>
    public IReadOnlyList<EntryForm> All => _forms.Value;

    /// <summary>The form at /nhap-lieu/{slug}, or null.</summary>
    public EntryForm? Find(string slug) => All.FirstOrDefault(f => f.Slug == slug);

    /// <summary>The forms whose command <paramref name="party"/> may give (its role and agency, as the grains decide), in project order.</summary>
    public async Task<IReadOnlyList<EntryForm>> ForAsync(ActingParty party)
    {
        var commands = await grains.GetGrain<ICommandPermissionGrain>(config["Site:Province"] ?? "22").GetCommandsAsync(party);
        return [.. All.Where(f => commands.Contains(f.Command))];
    }
}
