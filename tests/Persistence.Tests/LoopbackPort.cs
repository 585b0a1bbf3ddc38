using System.Net;
using System.Net.Sockets;

namespace AntiTrafficking.Persistence.Tests;

internal static class LoopbackPort
{
    /// <summary>A 127.0.0.1 port nothing listens on right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
