using System.Net;
using System.Net.Sockets;

namespace Autoscaler.Harness;

/// <summary>Picks a loopback port that is free right now.</summary>
public static class FreePort
{
    /// <summary>A loopback TCP port nobody listens on at the moment of the call.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
