using System.Net;
using System.Net.Sockets;

namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>Picks a loopback port that is free right now.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
