using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>No response came: the connection failed, was closed or timed out (after the retries allowed for the operation).</summary>
public sealed class RackspaceConnectionException(string message, Exception? innerException)
    : RackspaceException(message, RackspaceEventType.ConnectionClosedWithoutResponse, innerException);
