using System.Collections.Frozen;
using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Victims;

namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// Every command the system takes, each declared once by its project (<see cref="Project1Commands"/>,
/// <see cref="Project2Commands"/>, <see cref="Project3Commands"/>, <see cref="ReportingCommands"/>). The grains read
/// their table of who may do what from it, the front end maps each endpoint, titles each form and names each activity
/// from it: adding a command is its contract, its grain method and its declaration.
/// </summary>
public static class CommandCatalog
{
    /// <summary>Every declaration, by project.</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
        [.. Project1Commands.All, .. Project2Commands.All, .. Project3Commands.All, .. ReportingCommands.All];

    private static readonly FrozenDictionary<string, CommandDeclaration> ByName = All.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (CommandDeclaration Command, CommandRoute Route)> ByForm = All
        .SelectMany(d => d.Routes.Where(r => r.Form is not null).Select(r => (d, r)))
        .ToFrozenDictionary(x => x.r.Form!.Slug, StringComparer.Ordinal);

    /// <summary>The declaration of the command type named <paramref name="name"/> ("RecordSurvey"), or null.</summary>
    public static CommandDeclaration? Named(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The command and route whose data-entry form has the address <paramref name="slug"/>.</summary>
    /// <exception cref="KeyNotFoundException">No declaration has that form.</exception>
    public static (CommandDeclaration Command, CommandRoute Route) Form(string slug) =>
        ByForm.TryGetValue(slug, out var found) ? found : throw new KeyNotFoundException($"No command declares the form '{slug}'.");
}
