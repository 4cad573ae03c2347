using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>A server that was being waited for entered an error state (ERROR, or DELETED when not waited for).</summary>
public sealed class ServerErrorStateException(string serverId, string status)
    : RackspaceException($"Server {serverId} entered status {status} while it was being waited for.", RackspaceEventType.Success200)
{
    /// <summary>The server's id.</summary>
    public string ServerId { get; } = serverId;

    /// <summary>The status it entered.</summary>
    public string Status { get; } = status;
}
