namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>Registers the data-entry forms (pages under /nhap-lieu, open only behind <see cref="DataEntryGate"/>).</summary>
public static class DataEntrySetup
{
    /// <summary>Adds the gate and the forms.</summary>
    public static IServiceCollection AddDataEntry(this IServiceCollection services) =>
        services.AddSingleton<DataEntryGate>().AddSingleton<EntryForms>();
}
