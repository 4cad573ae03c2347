using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>Authentication failed; every call waiting for it fails with this exception. Never carries a credential.</summary>
public sealed class RackspaceAuthenticationException(string message, RackspaceEventType eventType, Exception? innerException = null)
    : RackspaceException(message, eventType, innerException);
