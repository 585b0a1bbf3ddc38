namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A judgment that came into force, and whether it was later overturned.</summary>
/// <param name="InForceOn">Date it came into force.</param>
/// <param name="OnAppeal">True when it is an appellate judgment (in force on pronouncement).</param>
/// <param name="OverturnedOn">Date a cassation or reopening overturned it, or null.</param>
/// <param name="Wrongful">True when it was overturned as wrongful (oan sai).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Enforcement.CaseJudgment")]
public sealed record CaseJudgment(DateOnly InForceOn, bool OnAppeal, DateOnly? OverturnedOn = null, bool Wrongful = false);
