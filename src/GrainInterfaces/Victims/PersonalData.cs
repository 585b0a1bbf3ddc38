namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// A received person's identity: kept only encrypted, returned only by <see cref="IVictimGrain.ReadPersonalDataAsync"/>.
/// <see cref="ToString"/> prints no field, so a command or answer that carries it can be logged safely.
/// </summary>
/// <param name="FullName">Full name (họ và tên).</param>
/// <param name="IdentityNumber">Identity card or passport number, when known.</param>
/// <param name="Address">Home address, when known.</param>
/// <param name="Contact">Telephone or other contact, when known.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.PersonalData")]
public sealed record PersonalData(string FullName, string? IdentityNumber = null, string? Address = null, string? Contact = null)
{
    /// <summary>Never the data itself.</summary>
    public override string ToString() => "PersonalData { *** }";
}
