using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Units;

/// <summary>
/// A unit's network members (reporters of a district, propagandists of a commune) with their dated tenures.
/// A person may leave and be registered again later; a person is never active twice at once.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.Units.PersonRoster")]
public sealed class PersonRoster
{
    /// <summary>Each person's tenures in date order.</summary>
    [Id(0)]
    public Dictionary<string, List<Tenure>> People { get; set; } = [];

    internal CommandError? CheckRegister(RegisterPerson command, CommandRules rules)
    {
        if ((CommandRules.CheckId("personId", command.PersonId) ?? rules.CheckDate("registeredOn", command.RegisteredOn)) is { } error)
        {
            return error;
        }

        return Last(command.PersonId) switch
        {
            { To: null } => Refusals.AlreadyActive(command.PersonId),
            { To: { } left } when command.RegisteredOn < left => Refusals.NotAfter("registeredOn", command.RegisteredOn, left),
            _ => null,
        };
    }

    internal void Register(RegisterPerson command)
    {
        if (!People.TryGetValue(command.PersonId, out var tenures))
        {
            People[command.PersonId] = tenures = [];
        }

        tenures.Add(new Tenure(command.RegisteredOn));
    }

    internal CommandError? CheckDeactivate(DeactivatePerson command, CommandRules rules)
    {
        if ((CommandRules.CheckId("personId", command.PersonId) ?? rules.CheckDate("deactivatedOn", command.DeactivatedOn)) is { } error)
        {
            return error;
        }

        return Last(command.PersonId) switch
        {
            { To: null } active when command.DeactivatedOn <= active.From => Refusals.NotAfter("deactivatedOn", command.DeactivatedOn, active.From),
            { To: null } => null,
            _ => Refusals.NotActive(command.PersonId),
        };
    }

    internal void Deactivate(DeactivatePerson command)
    {
        var tenures = People[command.PersonId];
        tenures[^1] = tenures[^1] with { To = command.DeactivatedOn };
    }

    /// <summary>Number of active people over time.</summary>
    internal DatedSeries Active() =>
        DatedSeries.FromIntervals(People.Values.SelectMany(t => t).Select(t => (t.From, t.To)));

    private Tenure? Last(string personId) => People.TryGetValue(personId, out var tenures) ? tenures[^1] : null;
}
