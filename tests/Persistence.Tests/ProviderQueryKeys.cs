namespace AntiTrafficking.Persistence.Tests;

/// <summary>
/// The OrleansQuery keys the Orleans 10.4.2 ADO.NET providers ask for, read from the provider assemblies
/// (clustering and reminders: the DbStoredQueries properties; storage: AdoNetGrainStorage's initialisation query).
/// </summary>
internal static class ProviderQueryKeys
{
    public static readonly string[] ClusteringRequired =
    [
        "GatewaysQueryKey",
        "MembershipReadRowKey",
        "MembershipReadAllKey",
        "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey",
        "InsertMembershipKey",
        "UpdateMembershipKey",
        "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
    ];

    /// <summary>Used when present: per-row cleanup of dead silos that checks the row did not change meanwhile.</summary>
    public static readonly string[] ClusteringOptional = ["CleanupDefunctSiloEntryKey"];

    public static readonly string[] StorageRequired = ["ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey"];

    /// <summary>Needed only with AdoNetGrainStorageOptions.DeleteStateOnClear = true.</summary>
    public static readonly string[] StorageOptional = ["DeleteStorageKey"];

    public static readonly string[] RemindersRequired =
    [
        "ReadReminderRowsKey",
        "ReadRangeRows1Key",
        "ReadRangeRows2Key",
        "ReadReminderRowKey",
        "UpsertReminderRowKey",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    ];

    public static IEnumerable<string> All =>
        ClusteringRequired.Concat(ClusteringOptional)
            .Concat(StorageRequired).Concat(StorageOptional)
            .Concat(RemindersRequired);
}
