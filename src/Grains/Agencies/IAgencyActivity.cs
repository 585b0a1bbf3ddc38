namespace AntiTrafficking.Grains.Agencies;

/// <summary>The silo-internal side of an agency: units credit it with the commands it had accepted.</summary>
[Alias("AntiTrafficking.IAgencyActivity")]
public interface IAgencyActivity : IGrainWithStringKey
{
    /// <summary>Counts an accepted command once per idempotency key.</summary>
    [Alias("Record")]
    Task RecordAsync(string idempotencyKey, string commandKind);
}
