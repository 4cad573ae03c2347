using Autoscaler.Controller.Registry;
using Grpc.Core;

namespace Autoscaler.Controller.Agents;

/// <summary>Log messages of the agent protocol (event ids 5000-5099). Tokens are never logged.</summary>
internal static partial class AgentProtocolLog
{
    [LoggerMessage(5000, LogLevel.Information, "Agent {ServerId} of fleet {Fleet} connected (session {SessionId}, agent {AgentVersion})")]
    public static partial void Connected(ILogger logger, string serverId, string fleet, long sessionId, string agentVersion);

    [LoggerMessage(5001, LogLevel.Information, "Agent {ServerId} disconnected (session {SessionId})")]
    public static partial void Disconnected(ILogger logger, string serverId, long sessionId);

    [LoggerMessage(5002, LogLevel.Warning, "Agent hello refused for server {ServerId} of fleet {Fleet}: {Failure}")]
    public static partial void Refused(ILogger logger, string serverId, string fleet, AdmissionFailure failure);

    [LoggerMessage(5003, LogLevel.Warning, "Agent stream of {ServerId} ended with {StatusCode}: {Detail}")]
    public static partial void StreamFailed(ILogger logger, string serverId, StatusCode statusCode, string detail);

    [LoggerMessage(5004, LogLevel.Error, "Agent stream of {ServerId} failed unexpectedly")]
    public static partial void StreamCrashed(ILogger logger, string serverId, Exception exception);

    [LoggerMessage(5005, LogLevel.Debug, "Agent stream refused before hello: {StatusCode} {Detail}")]
    public static partial void HelloRejected(ILogger logger, StatusCode statusCode, string detail);

    [LoggerMessage(5007, LogLevel.Warning, "Subscription refused: the limit of {MaxSubscriptions} open subscriptions is reached")]
    public static partial void SubscriptionRefused(ILogger logger, int maxSubscriptions);
}
