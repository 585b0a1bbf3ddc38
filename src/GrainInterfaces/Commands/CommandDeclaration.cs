using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Communication;

namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// One command as the whole system knows it, declared once (<see cref="CommandCatalog"/>): its contract, who may give it
/// (the grains check it), what an agency's page calls it, and each route that sends it to a grain — the JSON API's
/// endpoint and, when it has one, the data-entry form's address and title.
/// </summary>
/// <param name="Contract">The command's record type, also the JSON body of its endpoints.</param>
/// <param name="Group">The project (or the reporting regime) it belongs to.</param>
/// <param name="Label">What an agency's page and the audit log call it, in Vietnamese (the key of its English text).</param>
/// <param name="Permission">Who may give it.</param>
/// <param name="Routes">Where it is sent: one route per grain method that takes it.</param>
public abstract record CommandDeclaration(Type Contract, CommandGroup Group, string Label, Permission Permission, ImmutableArray<CommandRoute> Routes)
{
    /// <summary>The contract's type name ("RecordSurvey"), as the audit trail and an agency's activity name it.</summary>
    public string Name => Contract.Name;

    /// <summary>Calls <paramref name="visitor"/> with the contract as its type argument (to map an endpoint that reads it).</summary>
    public abstract void Accept(ICommandVisitor visitor);

    /// <summary>The declaration of <typeparamref name="T"/>, with no route yet.</summary>
    public static CommandDeclaration<T> Of<T>(CommandGroup group, string label, Permission permission)
        where T : class, ICommand => new(group, label, permission, []);
}

/// <summary>The declaration of the command <typeparamref name="T"/>, to which each route is added.</summary>
/// <typeparam name="T">The command's contract.</typeparam>
/// <param name="Group">The project (or the reporting regime) it belongs to.</param>
/// <param name="Label">What an agency's page and the audit log call it.</param>
/// <param name="Permission">Who may give it.</param>
/// <param name="Routes">Its routes so far.</param>
public sealed record CommandDeclaration<T>(CommandGroup Group, string Label, Permission Permission, ImmutableArray<CommandRoute> Routes)
    : CommandDeclaration(typeof(T), Group, Label, Permission, Routes)
    where T : class, ICommand
{
    /// <inheritdoc/>
    public override void Accept(ICommandVisitor visitor) => visitor.Visit(this);

    /// <summary>A route to the unit or program that <c>{code}</c> names (the grain key is the code).</summary>
    public CommandDeclaration<T> Unit<TGrain>(string pattern, string summary, Func<TGrain, T, Task<CommandResult>> send, CommandForm? form = null)
        where TGrain : IGrainWithStringKey => Add<TGrain>(CommandKey.Unit, pattern, summary, send, form);

    /// <summary>A route to a province's record that <c>{code}</c> and <c>{id}</c> name (grain key "{code}:{id}").</summary>
    public CommandDeclaration<T> Record<TGrain>(string pattern, string summary, Func<TGrain, T, Task<CommandResult>> send, CommandForm? form = null)
        where TGrain : IGrainWithStringKey => Add<TGrain>(CommandKey.Record, pattern, summary, send, form);

    /// <summary>A route to a province's record of the period that <c>{code}</c> and <c>{period}</c> name (grain key "{code}:{period}").</summary>
    public CommandDeclaration<T> Period<TGrain>(string pattern, string summary, Func<TGrain, T, Task<CommandResult>> send, CommandForm? form = null)
        where TGrain : IGrainWithStringKey => Add<TGrain>(CommandKey.Period, pattern, summary, send, form);

    private CommandDeclaration<T> Add<TGrain>(
        CommandKey key, string pattern, string summary, Func<TGrain, T, Task<CommandResult>> send, CommandForm? form)
        where TGrain : IGrainWithStringKey =>
        this with
        {
            Routes = Routes.Add(new(
                pattern, summary, key, (grains, grainKey, command) => send(grains.GetGrain<TGrain>(grainKey), (T)command),
                form is null ? null : form with { Title = form.Title ?? Label })),
        };
}

/// <summary>What is done with a declaration knowing its contract's type (see <see cref="CommandDeclaration.Accept"/>).</summary>
public interface ICommandVisitor
{
    /// <summary>Called with the declaration of <typeparamref name="T"/>.</summary>
    void Visit<T>(CommandDeclaration<T> declaration)
        where T : class, ICommand;
}

/// <summary>One way a command reaches a grain: its endpoint under /api/v1 and, if it has one, its data-entry form.</summary>
/// <param name="Pattern">The endpoint's route under /api/v1 (a POST), e.g. "/communes/{code}/surveys".</param>
/// <param name="Summary">The endpoint's summary in the OpenAPI document, "Vietnamese / English".</param>
/// <param name="Key">How the grain's key is made from the route.</param>
/// <param name="Send">Sends the command to the grain with the given key.</param>
/// <param name="Form">The data-entry form that sends it, if any.</param>
public sealed record CommandRoute(string Pattern, string Summary, CommandKey Key, Func<IGrainFactory, string, ICommand, Task<CommandResult>> Send, CommandForm? Form);

/// <summary>
/// The data-entry form of a route: its address under /nhap-lieu/, what it is sent to, its fields (each named as the
/// command's JSON names it, so that the form makes the very body the endpoint reads) and its title.
/// </summary>
/// <param name="Slug">The address, e.g. "khao-sat-nhan-thuc".</param>
/// <param name="Target">The field naming what the command is sent to (a unit code, a tip's number…), named "target".</param>
/// <param name="Fields">The command's own fields, in the order shown.</param>
/// <param name="Title">The Vietnamese title (the key of its English text); the command's label when not given.</param>
/// <param name="Shown">
/// The field naming the unit whose scorecard shows the change ("target" for the unit the command is sent to), or null
/// for the province's.
/// </param>
public sealed record CommandForm(string Slug, FormField Target, ImmutableArray<FormField> Fields, string? Title = null, string? Shown = null);

/// <summary>How a route names its grain.</summary>
public enum CommandKey
{
    /// <summary>The unit or program named by <c>{code}</c>: the key is the code.</summary>
    Unit,

    /// <summary>A province's tip, case, key area, campaign or person: the key is "{code}:{id}".</summary>
    Record,

    /// <summary>A province's record of a period: the key is "{code}:{period}", the period as the API writes it (e.g. "2013-H1").</summary>
    Period,
}

/// <summary>What a command belongs to: one of the plan's three projects, or the reporting regime.</summary>
public enum CommandGroup
{
    /// <summary>Project 1: communication (communes, districts, the program's catalog).</summary>
    Communication = 1,

    /// <summary>Project 2: law enforcement (tips, cases, key areas, campaigns, joint statistics).</summary>
    Enforcement = 2,

    /// <summary>Project 3: receiving and supporting returning persons.</summary>
    Victims = 3,

    /// <summary>The reporting regime: periodic reports and their approval.</summary>
    Reporting = 4,
}
