using System.Net;
using System.Net.Sockets;

namespace AntiTrafficking.Cluster.Tests.Infrastructure;

/// <summary>Paths of the checkout and of the built silo and web front end, in the test's own configuration.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the test runs the processes built alongside it.</summary>
    private static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public static string SiloDll => Path.Combine(Root, "src", "Silo", "bin", Configuration, "net10.0", "AntiTrafficking.Silo.dll");

    public static string WebDll => Path.Combine(Root, "src", "WebFrontend", "bin", Configuration, "net10.0", "AntiTrafficking.WebFrontend.dll");

    public static string DataFolder => Path.Combine(Root, "data");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AntiTrafficking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AntiTrafficking.sln not found above " + AppContext.BaseDirectory);
    }
}
