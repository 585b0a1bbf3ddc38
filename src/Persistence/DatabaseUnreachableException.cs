namespace AntiTrafficking.Persistence;

/// <summary>
/// The PostgreSQL server named by a connection string could not be reached (not running, wrong host or port,
/// firewall). The message is written in Vietnamese and English for the operator reading the log.
/// </summary>
public sealed class DatabaseUnreachableException : Exception
{
    /// <summary>Creates the exception for the server at <paramref name="host"/>:<paramref name="port"/>.</summary>
    public DatabaseUnreachableException(string host, int port, Exception innerException)
        : base(BuildMessage(host, port, innerException), innerException)
    {
        Host = host;
        Port = port;
    }

    /// <summary>The host the connection string points at.</summary>
    public string Host { get; }

    /// <summary>The port the connection string points at.</summary>
    public int Port { get; }

    private static string BuildMessage(string host, int port, Exception inner) =>
        $"Không thể kết nối tới máy chủ PostgreSQL tại {host}:{port}. " +
        "Hãy kiểm tra máy chủ đã chạy và chuỗi kết nối (ConnectionStrings:Postgres) là đúng. / " +
        $"Cannot reach the PostgreSQL server at {host}:{port}. " +
        "Check that the server is running and that the connection string (ConnectionStrings:Postgres) is right. " +
        $"({inner.GetType().Name}: {inner.Message})";
}
