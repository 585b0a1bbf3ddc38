using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>Brings a fresh person to a stage of the lifecycle: received 2013-05-10, verification started 05-11, concluded 06-15.</summary>
internal sealed class Stages(IGrainFactory grains, string home)
{
    public static readonly DateOnly ReceivedOn = D(2013, 5, 10);
    public static readonly DateOnly StartedOn = D(2013, 5, 11);
    public static readonly DateOnly ConcludedOn = D(2013, 6, 15);

    public async Task<IVictimGrain> ReceivedAsync(ReceivePerson? reception = null)
    {
        var person = People.NewPerson(grains);
        Accepted(await person.ReceiveAsync(reception ?? People.Reception(home, ReceivedOn)));
        return person;
    }

    public async Task<IVictimGrain> VerifyingAsync(ReceivePerson? reception = null)
    {
        var person = await ReceivedAsync(reception);
        Accepted(await person.StartVerificationAsync(new(Key(), Agencies.BorderGuard, StartedOn)));
        return person;
    }

    public async Task<IVictimGrain> ConcludedAsync(IdentificationOutcome outcome = IdentificationOutcome.Victim, ReceivePerson? reception = null)
    {
        var person = await VerifyingAsync(reception);
        Accepted(await person.ConcludeIdentificationAsync(
            new(Key(), Agencies.BorderGuard, ConcludedOn, outcome, outcome == IdentificationOutcome.Victim ? "BDBP" : null)));
        return person;
    }

    private static void Accepted(CommandResult result) =>
        Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");
}
