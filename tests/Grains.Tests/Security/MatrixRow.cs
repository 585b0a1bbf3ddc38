namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>One action of the role matrix.</summary>
/// <param name="Name">The command (and its variant) as the test output names it.</param>
/// <param name="Action">The command type, or ReadRequest for the read of personal data.</param>
/// <param name="Allowed">The labels of the parties (<see cref="Parties"/>) that may take it.</param>
/// <param name="Prepare">Brings a fresh subject to the state where the action is possible.</param>
/// <param name="RefusalField">The field a refusal names for a label, when not the one its role implies.</param>
internal sealed record MatrixRow(
    string Name, Type Action, IReadOnlyCollection<string> Allowed, Func<IGrainFactory, Task<Subject>> Prepare, Func<string, string?>? RefusalField = null)
{
    public override string ToString() => Name;
}

/// <summary>Something the action is taken on: how to take it, how to read its state, and its grain id in the audit trail.</summary>
internal sealed record Subject(Func<GrainInterfaces.ActingParty, string, Task<Outcome>> Send, Func<Task<string>> Probe, string GrainId);

/// <summary>An attempt's result: accepted (or personal data released), else the refusal's code and field.</summary>
internal sealed record Outcome(bool Succeeded, string? Code, string? Field);
