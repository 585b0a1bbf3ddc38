namespace AntiTrafficking.Persistence.Tests.Grains;

public interface IWhereAmIGrain : IGrainWithIntegerKey
{
    /// <summary>The address of the silo hosting this activation.</summary>
    Task<string> GetSiloAsync();
}
