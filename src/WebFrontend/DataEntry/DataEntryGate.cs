namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>
/// Data entry is open only when Site:DataEntry is true and the environment is Development: sign-in arrives with the
/// security issue, and until then no deployed site may take commands from anonymous forms.
/// </summary>
public sealed class DataEntryGate(IConfiguration config, IWebHostEnvironment environment)
{
    /// <summary>Whether the forms answer (else they are 404 and no link shows).</summary>
    public bool IsOpen => environment.IsDevelopment() && config.GetValue("Site:DataEntry", false);
}
