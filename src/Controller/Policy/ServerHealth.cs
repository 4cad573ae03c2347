using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Policy;

/// <summary>The health rules: silent servers are rebooted, then replaced; stuck builds, boots and ERROR are replaced.</summary>
internal static class ServerHealth
{
    /// <summary>What health asks of one server: nothing, a reboot, or a replacement; with the reason.</summary>
    public static (HealthVerdict Verdict, DecisionReason Reason) Judge(in ServerView server, FleetOptions options, DateTimeOffset now)
    {
        if (server.State is ServerState.Requested or ServerState.Deleting or ServerState.Deleted)
        {
            return (HealthVerdict.Healthy, DecisionReason.Steady);
        }

        if (string.Equals(server.CloudStatus, "ERROR", StringComparison.Ordinal))
        {
            return (HealthVerdict.Replace, DecisionReason.CloudError);
        }

        switch (server.State)
        {
            case ServerState.Building when now - server.CreatedAt >= options.BuildTimeout:
                return (HealthVerdict.Replace, DecisionReason.BuildTimeout);
            case ServerState.Booting when now - server.StateSince >= options.BootTimeout:
                return (HealthVerdict.Replace, DecisionReason.BootTimeout);
            case ServerState.Ready or ServerState.Draining when now - (server.LastSeenAt ?? server.StateSince) >= options.HeartbeatTimeout:
            case ServerState.Lost:
            case ServerState.Rebooting when now - server.StateSince >= options.BootTimeout:
                return server.RebootCount < options.RebootsBeforeReplace
                    ? (HealthVerdict.Reboot, DecisionReason.HeartbeatLost)
                    : (HealthVerdict.Replace, DecisionReason.RebootsExhausted);
            default:
                return (HealthVerdict.Healthy, DecisionReason.Steady);
        }
    }
}

/// <summary>The outcome of a health check.</summary>
internal enum HealthVerdict
{
    Healthy,
    Reboot,
    Replace,
}
