using Autoscaler.Agent;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Harness;

/// <summary>Boots the real Agent for a cloud server as its game server would: from the bootstrap file the controller put
/// on the server's config drive (controller address, server id, fleet, token).</summary>
public static class ConfigDriveAgent
{
    /// <summary>Starts a connected, Ready agent with <paramref name="capacity"/> slots for <paramref name="cloudServerId"/>;
    /// the caller disposes it.</summary>
    public static async Task<GameServerAgent> StartAsync(
        EmulatorProcess cloud,
        string cloudServerId,
        int capacity,
        TimeSpan heartbeatInterval,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var options = new AgentOptions { Capacity = capacity, HeartbeatInterval = heartbeatInterval };
        options.Apply(await cloud.BootstrapAsync(cloudServerId, cancellationToken).ConfigureAwait(false));
        var agent = new GameServerAgent(options, loggerFactory: loggerFactory);
        agent.Start();
        agent.MarkReady();
        return agent;
    }
}
