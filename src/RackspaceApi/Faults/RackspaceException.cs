using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>Base of every failure the Rackspace client reports; carries the seed's event type.</summary>
public class RackspaceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RackspaceException(string message, RackspaceEventType eventType, Exception? innerException = null)
        : base(message, innerException)
    {
        EventType = eventType;
    }

    /// <summary>The outcome class of the failed operation.</summary>
    public RackspaceEventType EventType { get; }
}
