namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>Registers the data-entry forms (pages under /nhap-lieu, for the data-entry roles only: see Security).</summary>
public static class DataEntrySetup
{
    /// <summary>Adds the forms.</summary>
    public static IServiceCollection AddDataEntry(this IServiceCollection services) =>
        services.AddSingleton<EntryForms>().AddSingleton<UnitChoices>();
}
