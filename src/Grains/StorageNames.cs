namespace AntiTrafficking.Grains;

/// <summary>Names of the grain-storage providers the grains use.</summary>
public static class StorageNames
{
    /// <summary>The one storage provider: PostgreSQL in production, memory in unit tests and demos.</summary>
    public const string Main = "main";
}
