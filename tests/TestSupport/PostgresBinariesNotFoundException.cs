namespace AntiTrafficking.TestSupport;

/// <summary>The PostgreSQL server programs (initdb, pg_ctl) are not installed where <see cref="PostgresBinaries"/> looks.</summary>
public sealed class PostgresBinariesNotFoundException : Exception
{
    /// <summary>Creates the exception with a message that says how to install or point at the programs.</summary>
    public PostgresBinariesNotFoundException(string message)
        : base(message)
    {
    }
}
